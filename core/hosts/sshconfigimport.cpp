#include "sshconfigimport.h"
#include "sshconfigeval.h"
#include "sshconfigkeywords.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>

#include <glob.h>

Q_LOGGING_CATEGORY(lcSshConfig, "sloop.hosts.sshconfig", QtInfoMsg)

namespace sloop::hosts {

namespace {

// Texts are looked up, and filed by lupdate, under "Hosts".
struct HostsText
{
    Q_DECLARE_TR_FUNCTIONS(Hosts)
};

// OpenSSH stops at this depth too; it also ends Include loops.
constexpr int kMaxIncludeDepth = 16;

using Line = SshConfigLine;

Line tokenize(const QString &raw)
{
    return tokenizeSshConfigLine(raw);
}

QString origin(const QString &file, int line)
{
    return QStringLiteral("%1:%2").arg(file).arg(line);
}

bool isPattern(const QString &name)
{
    return name.contains(QLatin1Char('*')) || name.contains(QLatin1Char('?')) ||
           name.startsWith(QLatin1Char('!'));
}

QString expandTilde(const QString &path)
{
    if (path == QLatin1String("~"))
        return QDir::homePath();
    if (path.startsWith(QLatin1String("~/")))
        return QDir::homePath() + path.mid(1);
    return path;
}

// Reads the config and its Includes into one text in place, the way ssh
// reads them (a relative Include under ~/.ssh), for the evaluation.
class Scanner
{
public:
    Scanner(SshConfigImport &out, const QString &sshDir)
        : m_out(out)
        , m_sshDir(sshDir)
    {
    }

    bool read(const QString &file, int depth);
    QByteArray flattened() const { return m_text; }

    struct Candidate
    {
        QString name;
        QString origin;
    };
    QList<Candidate> candidates;

private:
    void include(const Line &line, const QString &where, int depth);
    void noteOption(const Line &line, const QString &where);

    SshConfigImport &m_out;
    QString m_sshDir;
    QByteArray m_text;
    QSet<QString> m_seenNames;
    QSet<QString> m_seenOptions;
};

bool Scanner::read(const QString &file, int depth)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    m_out.read << file;
    int number = 0;
    while (!f.atEnd()) {
        const QString raw = QString::fromUtf8(f.readLine());
        ++number;
        const Line line = tokenize(raw);
        const QString where = origin(file, number);
        if (line.keyword == QLatin1String("include")) {
            include(line, where, depth);
            continue;
        }
        m_text += raw.toUtf8();
        if (!m_text.endsWith('\n'))
            m_text += '\n';
        if (line.keyword == QLatin1String("host")) {
            for (const QString &name : line.args) {
                if (isPattern(name)) {
                    m_out.skipped.append(
                        {name, where,
                         HostsText::tr("a pattern, not one host: its options apply to the "
                                       "hosts it matches")});
                } else if (!m_seenNames.contains(name.toLower())) {
                    m_seenNames.insert(name.toLower());
                    candidates.append({name, where});
                }
            }
        } else if (line.keyword == QLatin1String("match")) {
            m_out.skipped.append(
                {QStringLiteral("Match ") + line.args.join(QLatin1Char(' ')), where,
                 canEvaluateMatch(line.args)
                     ? HostsText::tr("a Match block names no host to import; its options apply "
                                     "to the hosts it matches")
                     : HostsText::tr("a Match block with a criterion Sloop cannot evaluate (it "
                                     "knows all, host, originalhost, user, localuser): its "
                                     "options are applied to no host")});
        } else if (!line.keyword.isEmpty()) {
            noteOption(line, where);
        }
    }
    return true;
}

void Scanner::include(const Line &line, const QString &where, int depth)
{
    for (const QString &arg : line.args) {
        if (depth + 1 >= kMaxIncludeDepth) {
            m_out.skipped.append(
                {QStringLiteral("Include ") + arg, where,
                 HostsText::tr("Includes nested deeper than %1 levels (a loop?) are not read")
                     .arg(kMaxIncludeDepth)});
            continue;
        }
        QString path = expandTilde(arg);
        if (QFileInfo(path).isRelative())
            path = QDir(m_sshDir).filePath(path);
        glob_t found{};
        const QByteArray pattern = QFile::encodeName(path);
        QStringList files;
        if (::glob(pattern.constData(), 0, nullptr, &found) == 0) {
            for (size_t i = 0; i < found.gl_pathc; ++i)
                files << QFile::decodeName(found.gl_pathv[i]);
        }
        ::globfree(&found);
        if (files.isEmpty()) {
            m_out.skipped.append({QStringLiteral("Include ") + arg, where,
                                  HostsText::tr("no file matches %1").arg(path)});
            continue;
        }
        for (const QString &file : files) {
            // The evaluation restores the including block's state after it
            // (sshconfigeval.h), as ssh does.
            m_text += kIncludeBegin;
            const bool readable = !QFileInfo(file).isDir() && read(file, depth + 1);
            m_text += kIncludeEnd;
            if (!readable)
                m_out.skipped.append(
                    {QStringLiteral("Include ") + arg, where,
                     HostsText::tr("%1 cannot be read, so its hosts are missing").arg(file)});
        }
    }
}

void Scanner::noteOption(const Line &line, const QString &where)
{
    const LibsshSupport support = libsshSupport(line.keyword);
    if (support == LibsshSupport::Applied || m_seenOptions.contains(line.keyword))
        return;
    m_seenOptions.insert(line.keyword);
    if (support == LibsshSupport::Ignored)
        m_out.ignored.append(
            {line.spelled, where, HostsText::tr("libssh does not support this option")});
    else
        m_out.ignored.append({line.spelled, where, HostsText::tr("not an option libssh knows")});
}

} // namespace

QString defaultSshConfigFile()
{
    return QDir::homePath() + QStringLiteral("/.ssh/config");
}

Result<SshConfigImport> importSshConfig(const QString &file, const SshConfigImportOptions &options)
{
    SshConfigImport out;
    out.file =
        QFileInfo(expandTilde(file.isEmpty() ? defaultSshConfigFile() : file)).absoluteFilePath();
    const QString sshDir =
        options.sshDir.isEmpty() ? QDir::homePath() + QStringLiteral("/.ssh") : options.sshDir;
    Scanner scanner(out, sshDir);
    if (QFileInfo(out.file).isDir() || !scanner.read(out.file, 0))
        return Result<SshConfigImport>::failure(
            HostsText::tr("Cannot read the SSH config %1.").arg(out.file));

    QSet<QString> existing;
    for (const QString &name : options.existingNames)
        existing.insert(name.toLower());

    for (const Scanner::Candidate &c : scanner.candidates) {
        HostRecord probe;
        probe.name = c.name;
        probe.address = QStringLiteral("localhost");
        if (const VoidResult valid = validate(probe); !valid) {
            out.skipped.append({c.name, c.origin, valid.error()});
            continue;
        }
        if (existing.contains(c.name.toLower())) {
            out.skipped.append(
                {c.name, c.origin, HostsText::tr("a host with this name is already in Sloop")});
            continue;
        }
        const OpenSshChoices choices =
            evaluateOpenSshChoices(scanner.flattened(), c.name, QDir::homePath());
        if (!choices.proxyCommand.isEmpty()) {
            // Any program may stand there; Sloop dials sockets itself.
            out.skipped.append(
                {c.name, c.origin,
                 HostsText::tr("it is reached through ProxyCommand %1, which Sloop does not run "
                               "(ProxyJump works)")
                     .arg(choices.proxyCommand)});
            continue;
        }
        HostRecord host;
        host.name = c.name;
        host.address = choices.hostName.isEmpty() ? c.name : choices.hostName;
        host.port = choices.port;
        host.user = choices.user;
        host.identityFiles = choices.identityFiles;
        host.identitiesOnly = choices.identitiesOnly;
        host.proxyJump = choices.proxyJump;
        if (const VoidResult valid = validate(host); !valid) {
            out.skipped.append({c.name, c.origin, valid.error()});
            continue;
        }
        existing.insert(c.name.toLower());
        out.hosts.append({host, c.origin});
    }
    qCInfo(lcSshConfig) << "read" << out.read.size() << "SSH config files:" << out.hosts.size()
                        << "hosts," << out.skipped.size() << "skipped";
    return out;
}

} // namespace sloop::hosts
