#include "buildcontext.h"

#include "dockerignore.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <unistd.h>

namespace sloop::images {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Images)
};

// ustar with a PAX header for paths and link targets too long for it.
class ContextTar
{
public:
    void add(const QString &path, char type, const QByteArray &content, int mode, qint64 mtime,
             const QString &linkTarget = {})
    {
        const QByteArray name = path.toUtf8();
        const QByteArray link = linkTarget.toUtf8();
        if (name.size() > 99 || link.size() > 99) {
            QByteArray pax = record("path", name);
            if (!link.isEmpty())
                pax += record("linkpath", link);
            header("PaxHeader", 'x', pax.size(), 0644, mtime, {});
            append(pax);
        }
        header(name.left(99), type, content.size(), mode, mtime, link.left(99));
        append(content);
    }
    QByteArray finish()
    {
        m_data.append(QByteArray(1024, '\0'));
        return m_data;
    }

private:
    static QByteArray record(const char *key, const QByteArray &value)
    {
        // "LEN key=value\n", LEN counting itself.
        const QByteArray body = QByteArray(" ") + key + '=' + value + '\n';
        qsizetype len = body.size() + 1;
        while (QByteArray::number(len).size() + body.size() != len)
            ++len;
        return QByteArray::number(len) + body;
    }
    void header(const QByteArray &name, char type, qint64 size, int mode, qint64 mtime,
                const QByteArray &link)
    {
        QByteArray h(512, '\0');
        const auto put = [&h](int at, const QByteArray &v) {
            std::copy(v.cbegin(), v.cend(), h.begin() + at);
        };
        const auto octal = [](qint64 v, int width) {
            return QByteArray::number(v, 8).rightJustified(width - 1, '0');
        };
        put(0, name);
        put(100, octal(mode, 8));
        put(108, octal(0, 8));
        put(116, octal(0, 8));
        put(124, octal(size, 12));
        put(136, octal(mtime, 12));
        put(148, QByteArray(8, ' '));
        h[156] = type;
        put(157, link);
        put(257, QByteArray("ustar\0"
                            "00",
                            8));
        put(265, QByteArray("root"));
        put(297, QByteArray("root"));
        unsigned sum = 0;
        for (char c : std::as_const(h))
            sum += static_cast<unsigned char>(c);
        put(148, QByteArray::number(sum, 8).rightJustified(6, '0') + '\0' + ' ');
        m_data.append(h);
    }
    void append(const QByteArray &content)
    {
        m_data.append(content);
        if (const qsizetype rest = content.size() % 512)
            m_data.append(QByteArray(512 - rest, '\0'));
    }
    QByteArray m_data;
};

} // namespace

Result<BuildContext> makeBuildContext(const QString &dir, const QString &dockerfile,
                                      qint64 maxBytes)
{
    const QFileInfo root(dir);
    if (!root.isDir())
        return Result<BuildContext>::failure(
            ErrorKind::NotFound,
            Text::tr("%1 is not a folder.").arg(QDir::toNativeSeparators(dir)));
    const QString base = root.canonicalFilePath();
    const QString dockerfilePath = QDir::cleanPath(dockerfile);
    if (!QFileInfo(QDir(base).filePath(dockerfilePath)).isFile())
        return Result<BuildContext>::failure(
            ErrorKind::NotFound,
            Text::tr("%1 has no %2.").arg(QDir::toNativeSeparators(base), dockerfilePath));
    DockerIgnore ignore;
    QFile ignoreFile(QDir(base).filePath(QStringLiteral(".dockerignore")));
    if (ignoreFile.open(QIODevice::ReadOnly))
        ignore = DockerIgnore::parse(ignoreFile.readAll());
    ignore.keep(dockerfilePath);
    ignore.keep(QStringLiteral(".dockerignore"));

    BuildContext out;
    ContextTar tar;
    QList<QString> pending{QString()};
    while (!pending.isEmpty()) {
        const QString relDir = pending.takeFirst();
        QDir d(relDir.isEmpty() ? base : QDir(base).filePath(relDir));
        const QFileInfoList entries = d.entryInfoList(
            QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo &e : entries) {
            const QString rel =
                relDir.isEmpty() ? e.fileName() : relDir + QLatin1Char('/') + e.fileName();
            const bool isDir = e.isDir() && !e.isSymLink();
            if (ignore.excluded(rel)) {
                if (out.leftOut.size() < 20)
                    out.leftOut.append(rel);
                ++out.leftOutCount;
                if (!isDir || ignore.skipsWholly(rel))
                    continue;
                pending.append(rel); // something inside may come back
                continue;
            }
            const int mode =
                int(e.permissions() & (QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther) ? 0755
                                                                                            : 0644);
            const qint64 mtime = e.lastModified().toSecsSinceEpoch();
            if (e.isSymLink()) {
                // The link's own text, not where it leads on this machine.
                char target[4096];
                const QByteArray local = QFile::encodeName(e.filePath());
                const ssize_t n = ::readlink(local.constData(), target, sizeof target - 1);
                tar.add(rel, '2', {}, 0777, mtime,
                        n > 0 ? QFile::decodeName(QByteArray(target, n)) : QString());
            } else if (isDir) {
                tar.add(rel + QLatin1Char('/'), '5', {}, 0755, mtime);
                pending.append(rel);
            } else if (e.isFile()) {
                out.bytes += e.size();
                if (out.bytes > maxBytes)
                    return Result<BuildContext>::failure(
                        ErrorKind::InvalidInput,
                        Text::tr("The build context is over %1 MB; leave out what the build does "
                                 "not need in .dockerignore.")
                            .arg(maxBytes / (1024 * 1024)));
                QFile f(e.filePath());
                if (!f.open(QIODevice::ReadOnly))
                    return Result<BuildContext>::failure(
                        ErrorKind::Refused,
                        Text::tr("%1 cannot be read: %2").arg(rel, f.errorString()));
                tar.add(rel, '0', f.readAll(), mode, mtime);
                ++out.files;
            }
        }
    }
    out.tar = tar.finish();
    return out;
}

QList<DockerfileInstruction> dockerfileInstructions(QByteArrayView dockerfile)
{
    QList<DockerfileInstruction> out;
    const QStringList lines = QString::fromUtf8(dockerfile.toByteArray()).split(QLatin1Char('\n'));
    QChar escape = QLatin1Char('\\');
    bool directives = true;
    DockerfileInstruction current;
    bool continuing = false;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (directives && trimmed.startsWith(QLatin1Char('#'))) {
            const QString d = trimmed.mid(1).trimmed();
            if (d.startsWith(QLatin1String("escape="), Qt::CaseInsensitive) && d.size() > 7)
                escape = d.at(7);
            continue;
        }
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'))) {
            if (!trimmed.isEmpty())
                directives = false;
            continue; // comments and blank lines, also within a continuation
        }
        directives = false;
        const bool more = trimmed.endsWith(escape);
        const QString part = more ? trimmed.chopped(1).trimmed() : trimmed;
        if (!continuing) {
            current = DockerfileInstruction{i + 1, part};
        } else {
            current.text += QLatin1Char(' ') + part;
        }
        continuing = more;
        if (!more)
            out.append(current);
    }
    if (continuing)
        out.append(current);
    return out;
}

} // namespace sloop::images
