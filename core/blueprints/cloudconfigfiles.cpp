// write_files: paths, owners, modes and contents, decoded as cloud-init does.
#include "blueprintstext.h"
#include "cloudconfigreaders.h"

#include <QRegularExpression>

#include <zlib.h>

namespace sloop::blueprints {

namespace {

constexpr qsizetype kMaxContent = 16 * 1024 * 1024;

std::optional<QByteArray> gunzip(const QByteArray &data)
{
    z_stream z{};
    if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK)
        return std::nullopt;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    QByteArray out;
    char buffer[16384];
    int status = Z_OK;
    while (status == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        status = inflate(&z, Z_NO_FLUSH);
        if (status != Z_OK && status != Z_STREAM_END)
            break;
        out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
        if (out.size() > kMaxContent)
            status = Z_MEM_ERROR;
        if (status == Z_OK && z.avail_in == 0 && z.avail_out != 0)
            status = Z_BUF_ERROR; // input ended before the stream did
    }
    inflateEnd(&z);
    if (status != Z_STREAM_END)
        return std::nullopt;
    return out;
}

std::optional<QByteArray> unbase64(const QByteArray &text)
{
    QByteArray compact;
    for (const char c : text) {
        if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
            compact.append(c);
    }
    const auto decoded =
        QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

// cloud-init's canonicalize_extraction(): which decoders, in order.
std::optional<QStringList> decoders(const QString &encoding)
{
    const QString e = encoding.trimmed().toLower();
    if (e.isEmpty() || e == QLatin1String("text/plain"))
        return QStringList{};
    if (e == QLatin1String("b64") || e == QLatin1String("base64"))
        return QStringList{QStringLiteral("base64")};
    if (e == QLatin1String("gz") || e == QLatin1String("gzip"))
        return QStringList{QStringLiteral("gzip")};
    if (e == QLatin1String("gz+base64") || e == QLatin1String("gzip+base64") ||
        e == QLatin1String("gz+b64") || e == QLatin1String("gzip+b64"))
        return QStringList{QStringLiteral("base64"), QStringLiteral("gzip")};
    return std::nullopt;
}

void readPermissions(const YamlReader &r, const YAML::Node &node, const QString &where,
                     FileSpec &file)
{
    const QString text = node.IsScalar() ? fromYaml(node.Scalar()) : QString();
    bool ok = false;
    int mode = 0;
    if (YamlReader::isPlain(node) && text.size() > 1 && text.startsWith(QLatin1Char('0')) &&
        !text.startsWith(QLatin1String("0x"))) {
        // YAML 1.1 reads 0644 as an octal number, as PyYAML does.
        mode = text.mid(text.startsWith(QLatin1String("0o")) ? 2 : 1).toInt(&ok, 8);
    } else if (node.IsScalar() && !YamlReader::isPlain(node)) {
        // A string is octal, "0o" prefix allowed (Python's int(x, 8)).
        mode = QString(text).remove(QRegularExpression(QStringLiteral("^0[oO]"))).toInt(&ok, 8);
    } else if (YamlReader::isPlain(node) && text == QLatin1String("0")) {
        ok = true;
    }
    if (!ok || mode < 0 || mode > 07777) {
        // A plain 644 is the number 644 in YAML (mode 01204): refused, as a
        // mistake almost everyone makes once.
        r.problem(node,
                  BlueprintsText::tr("%1: the mode must be octal with a leading 0, such as 0644 or "
                                     "'0644', not %2")
                      .arg(where, node.IsScalar() ? text : YamlReader::describe(node)));
        return;
    }
    file.permissions = mode;
}

void readContent(const YamlReader &r, const YAML::Node &entry, const QString &where, FileSpec &file)
{
    const YAML::Node content = entry["content"];
    QString encoding;
    if (entry["encoding"])
        encoding =
            r.string(entry["encoding"], where + QStringLiteral(".encoding")).value_or(QString());
    const std::optional<QStringList> steps = decoders(encoding);
    if (!steps) {
        r.problem(
            entry["encoding"],
            BlueprintsText::tr("%1.encoding: \"%2\" is not one of b64, base64, gz, gzip, gz+b64, "
                               "gzip+base64, text/plain")
                .arg(where, encoding));
        return;
    }
    if (!content || content.IsNull())
        return; // an empty file, as cloud-init writes
    QByteArray bytes;
    if (content.IsScalar() && content.Tag() == "tag:yaml.org,2002:binary") {
        const std::optional<QByteArray> raw = unbase64(QByteArray::fromStdString(content.Scalar()));
        if (!raw) {
            r.problem(content,
                      BlueprintsText::tr("%1.content: !!binary is not valid base64").arg(where));
            return;
        }
        bytes = *raw;
    } else {
        const std::optional<QString> text = r.string(content, where + QStringLiteral(".content"));
        if (!text)
            return;
        bytes = text->toUtf8();
    }
    for (const QString &step : *steps) {
        const std::optional<QByteArray> decoded =
            step == QLatin1String("base64") ? unbase64(bytes) : gunzip(bytes);
        if (!decoded) {
            r.problem(content, BlueprintsText::tr("%1.content: not valid %2 data (encoding: %3)")
                                   .arg(where, step, encoding));
            return;
        }
        bytes = *decoded;
    }
    if (bytes.size() > kMaxContent) {
        r.problem(content, BlueprintsText::tr("%1.content: larger than 16 MiB").arg(where));
        return;
    }
    file.content = bytes;
}

void readFile(const YamlReader &r, const YAML::Node &entry, const QString &where,
              CloudConfig &config)
{
    static const QRegularExpression ownerRule(
        QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9_.-]*\\$?(:[A-Za-z0-9_][A-Za-z0-9_.-]*\\$?)?$"));
    if (!r.expectMap(entry, where))
        return;
    FileSpec file;
    file.line = r.line(entry);
    bool hasPath = false;
    r.forEachKey(
        entry, where,
        {QStringLiteral("path"), QStringLiteral("content"), QStringLiteral("encoding"),
         QStringLiteral("permissions"), QStringLiteral("owner"), QStringLiteral("append"),
         QStringLiteral("defer")},
        [&](const QString &key, const YAML::Node &value) {
            const QString at = where + QLatin1Char('.') + key;
            if (key == QLatin1String("path")) {
                const std::optional<QString> path = r.string(value, at);
                hasPath = true;
                if (path &&
                    (!path->startsWith(QLatin1Char('/')) || path->endsWith(QLatin1Char('/'))))
                    r.problem(value, BlueprintsText::tr("%1: \"%2\" must be an absolute file path")
                                         .arg(at, *path));
                else if (path)
                    file.path = *path;
            } else if (key == QLatin1String("permissions")) {
                readPermissions(r, value, at, file);
            } else if (key == QLatin1String("owner")) {
                const std::optional<QString> owner = r.string(value, at);
                if (owner && !ownerRule.match(*owner).hasMatch())
                    r.problem(
                        value,
                        BlueprintsText::tr("%1: \"%2\" is not USER or USER:GROUP").arg(at, *owner));
                else if (owner)
                    file.owner = *owner;
            } else if (key == QLatin1String("append")) {
                file.append = r.boolean(value, at).value_or(false);
            } else if (key == QLatin1String("defer")) {
                file.defer = r.boolean(value, at).value_or(false);
            }
        });
    if (!hasPath)
        r.problem(entry, BlueprintsText::tr("%1: \"path\" is required").arg(where));
    readContent(r, entry, where, file);
    if (!file.path.isEmpty())
        config.writeFiles.append(file);
}

} // namespace

void readWriteFiles(const YamlReader &r, const YAML::Node &node, CloudConfig &config)
{
    if (!r.expectSequence(node, QStringLiteral("write_files")))
        return;
    for (std::size_t i = 0; i < node.size(); ++i)
        readFile(r, node[i], QStringLiteral("write_files[%1]").arg(i), config);
}

} // namespace sloop::blueprints
