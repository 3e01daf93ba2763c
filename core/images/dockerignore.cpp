#include "dockerignore.h"

#include <QDir>

namespace sloop::images {

namespace {

// Clean like Go's filepath.Clean, without a leading '/'.
QString cleaned(QString path)
{
    path = QDir::cleanPath(path);
    while (path.startsWith(QLatin1Char('/')))
        path.remove(0, 1);
    if (path == QLatin1String("."))
        path.clear();
    return path;
}

QString globToRegex(const QString &glob)
{
    QString rx;
    const qsizetype n = glob.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = glob.at(i);
        if (c == QLatin1Char('*')) {
            if (i + 1 < n && glob.at(i + 1) == QLatin1Char('*')) {
                ++i;
                // "**/" matches no folder or any number of them.
                if (i + 1 < n && glob.at(i + 1) == QLatin1Char('/')) {
                    ++i;
                    rx += QStringLiteral("(.*/)?");
                } else {
                    rx += QStringLiteral(".*");
                }
            } else {
                rx += QStringLiteral("[^/]*");
            }
        } else if (c == QLatin1Char('?')) {
            rx += QStringLiteral("[^/]");
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = glob.indexOf(QLatin1Char(']'), i + 1);
            if (close < 0) {
                rx += QStringLiteral("\\[");
                continue;
            }
            QString set = glob.mid(i + 1, close - i - 1);
            if (set.startsWith(QLatin1Char('^')) || set.startsWith(QLatin1Char('!')))
                set = QLatin1Char('^') + set.mid(1);
            set.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
            rx += QLatin1Char('[') + set + QLatin1Char(']');
            i = close;
        } else if (c == QLatin1Char('\\') && i + 1 < n) {
            rx += QRegularExpression::escape(glob.at(++i));
        } else {
            rx += QRegularExpression::escape(c);
        }
    }
    return rx;
}

} // namespace

DockerIgnore::Pattern DockerIgnore::compile(QString text, bool exception)
{
    Pattern p;
    p.text = text;
    p.exception = exception;
    // A pattern matches the path itself or any folder above it.
    p.regex =
        QRegularExpression(QStringLiteral("^") + globToRegex(text) + QStringLiteral("(/.*)?$"));
    return p;
}

DockerIgnore DockerIgnore::parse(QByteArrayView text)
{
    DockerIgnore out;
    for (QString line : QString::fromUtf8(text.toByteArray()).split(QLatin1Char('\n'))) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        bool exception = false;
        if (line.startsWith(QLatin1Char('!'))) {
            exception = true;
            line = line.mid(1).trimmed();
        }
        line = cleaned(line);
        if (line.isEmpty())
            continue;
        out.m_patterns.append(compile(line, exception));
    }
    return out;
}

bool DockerIgnore::excluded(const QString &path) const
{
    const QString p = cleaned(path);
    bool out = false;
    for (const Pattern &pattern : m_patterns)
        if (pattern.exception == out && pattern.regex.match(p).hasMatch())
            out = !pattern.exception;
    return out;
}

bool DockerIgnore::skipsWholly(const QString &dir) const
{
    const QString prefix = cleaned(dir) + QLatin1Char('/');
    for (const Pattern &pattern : m_patterns) {
        if (!pattern.exception)
            continue;
        // An exception with a wildcard before the folder's end, or one
        // inside the folder, may bring something back.
        const qsizetype wild =
            pattern.text.indexOf(QRegularExpression(QStringLiteral("[*?\\[\\\\]")));
        const QString fixed = wild < 0 ? pattern.text : pattern.text.left(wild);
        if (fixed.startsWith(prefix) || prefix.startsWith(fixed))
            return false;
    }
    return true;
}

QStringList DockerIgnore::patterns() const
{
    QStringList out;
    for (const Pattern &p : m_patterns)
        out.append((p.exception ? QStringLiteral("!") : QString()) + p.text);
    return out;
}

void DockerIgnore::keep(const QString &path)
{
    const QString p = cleaned(path);
    QString escaped;
    for (const QChar c : p) {
        if (QStringLiteral("*?[\\").contains(c))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    m_patterns.append(compile(escaped, true));
}

} // namespace sloop::images
