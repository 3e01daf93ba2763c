#include "output.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sloop::cli {

namespace {

bool needsEscape(char32_t c)
{
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    // Bidi overrides and isolates, zero-width marks and line separators can
    // make a cell look like something it is not.
    switch (QChar::category(c)) {
    case QChar::Other_Format:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
    case QChar::Other_Surrogate:
        return true;
    default:
        return false;
    }
}

QString escaped(char32_t c)
{
    switch (c) {
    case U'\n':
        return QStringLiteral("\\n");
    case U'\r':
        return QStringLiteral("\\r");
    case U'\t':
        return QStringLiteral("\\t");
    case 0x1b:
        return QStringLiteral("\\e");
    default:
        break;
    }
    if (c < 0x100)
        return QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
    return QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0'));
}

qsizetype codePoints(const QString &text)
{
    return text.toUcs4().size();
}

} // namespace

QString escapeForTerminal(const QString &text, int maxLength)
{
    // toUcs4() turns a lone surrogate into U+FFFD, so nothing invalid passes.
    QList<char32_t> out;
    out.reserve(text.size());
    for (const uint c : text.toUcs4()) {
        if (!needsEscape(c)) {
            out.append(c);
            continue;
        }
        for (const QChar e : escaped(c))
            out.append(e.unicode());
    }
    if (maxLength > 0 && out.size() > maxLength) {
        out.resize(maxLength - 1);
        out.append(0x2026); // …
    }
    return QString::fromUcs4(out.constData(), out.size());
}

void writeBytes(std::FILE *to, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), to);
    std::fflush(to);
}

void printLine(const QString &text)
{
    writeBytes(stdout, text.toUtf8() + '\n');
}

int fail(const QString &message, int code)
{
    writeBytes(stderr, (QStringLiteral("sloop: ") + escapeForTerminal(message)).toUtf8() + '\n');
    return code;
}

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Internal:
        return kExitFailure;
    case ErrorKind::NotFound:
        return kExitNotFound;
    case ErrorKind::Conflict:
        return kExitConflict;
    case ErrorKind::Refused:
        return kExitRefused;
    case ErrorKind::Unauthorized:
        return kExitUnauthorized;
    case ErrorKind::Unreachable:
        return kExitUnreachable;
    case ErrorKind::TimedOut:
        return kExitTimedOut;
    case ErrorKind::InvalidInput:
        return kExitInvalid;
    case ErrorKind::Unsupported:
        return kExitUnsupported;
    case ErrorKind::Cancelled:
        return kExitCancelled;
    case ErrorKind::Throttled:
        return kExitThrottled;
    }
    return kExitFailure;
}

int fail(const Error &error)
{
    return fail(error.message, exitCodeFor(error.kind));
}

int applyToEach(const QStringList &items, const std::function<VoidResult(const QString &)> &action)
{
    int status = kExitOk;
    for (const QString &item : items) {
        if (const VoidResult done = action(item); !done)
            status = fail(done.problem());
        else
            printLine(escapeForTerminal(item));
    }
    return status;
}

std::string utf8(const QString &text)
{
    return text.toStdString();
}

nlohmann::json utf8List(const QStringList &texts)
{
    nlohmann::json out = nlohmann::json::array();
    for (const QString &t : texts)
        out.push_back(utf8(t));
    return out;
}

void printJson(const nlohmann::json &doc)
{
    // replace: a stray invalid byte must not abort the whole listing.
    printJsonText(doc.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
}

void printOrderedJson(const nlohmann::ordered_json &doc)
{
    printJsonText(doc.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace));
}

void printJsonText(const std::string &text)
{
    // dump() escapes C0 controls only. Bidi overrides and the like can only
    // sit inside strings (the structure is ASCII), so escaping them here keeps
    // the same values and makes the JSON safe to look at on a terminal too.
    // On the bytes: dump() wrote valid UTF-8, and ASCII (nearly all of it)
    // passes through as it is.
    QByteArray out;
    out.reserve(qsizetype(text.size()) + 1);
    const auto *bytes = reinterpret_cast<const unsigned char *>(text.data());
    const size_t size = text.size();
    size_t i = 0;
    while (i < size) {
        const unsigned char b = bytes[i];
        if (b < 0x80) {
            out += char(b);
            ++i;
            continue;
        }
        const int length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
        char32_t c = b & (length == 4 ? 0x07 : length == 3 ? 0x0f : 0x1f);
        for (int k = 1; k < length && i + size_t(k) < size; ++k)
            c = (c << 6) | (bytes[i + size_t(k)] & 0x3f);
        if (!needsEscape(c)) {
            out.append(text.data() + i, qsizetype(qMin(size_t(length), size - i)));
        } else {
            const char32_t one = c;
            for (const QChar unit : QString::fromUcs4(&one, 1))
                out +=
                    QStringLiteral("\\u%1").arg(unit.unicode(), 4, 16, QLatin1Char('0')).toLatin1();
        }
        i += size_t(length);
    }
    out += '\n';
    writeBytes(stdout, out);
}

Table::Table(QStringList headers)
    : m_headers(std::move(headers))
{
    m_maxWidth.fill(0, m_headers.size());
}

void Table::setMaxWidth(int column, int width)
{
    m_maxWidth[column] = width;
}

void Table::addRow(const QStringList &cells)
{
    QStringList row;
    for (qsizetype i = 0; i < m_headers.size(); ++i)
        row.append(escapeForTerminal(cells.value(i), m_maxWidth.at(i)));
    m_rows.append(row);
}

void Table::print() const
{
    QList<qsizetype> widths;
    for (const QString &h : m_headers)
        widths.append(codePoints(h));
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = qMax(widths[i], codePoints(row.at(i)));
    }
    auto line = [&widths](const QStringList &cells) {
        QString out;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            out += cells.at(i);
            if (i + 1 < cells.size())
                out += QString(widths[i] - codePoints(cells.at(i)) + 2, QLatin1Char(' '));
        }
        while (out.endsWith(QLatin1Char(' ')))
            out.chop(1);
        printLine(out);
    };
    line(m_headers);
    for (const QStringList &row : m_rows)
        line(row);
}

qint64 parseSpan(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^([1-9][0-9]{0,5})([mhdw])$"));
    const QRegularExpressionMatch m = re.match(text.trimmed().toLower());
    if (!m.hasMatch())
        return 0;
    const qint64 n = m.captured(1).toLongLong();
    const QChar unit = m.captured(2).at(0);
    const qint64 minute = 60 * 1000;
    return unit == QLatin1Char('m')   ? n * minute
           : unit == QLatin1Char('h') ? n * 60 * minute
           : unit == QLatin1Char('d') ? n * 24 * 60 * minute
                                      : n * 7 * 24 * 60 * minute;
}

} // namespace sloop::cli
