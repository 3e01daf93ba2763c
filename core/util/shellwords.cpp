#include "shellwords.h"

#include <QCoreApplication>

namespace sloop {

Result<QStringList> splitShellWords(const QString &line)
{
    QStringList words;
    QString word;
    bool inWord = false;
    enum class Quote
    {
        None,
        Single,
        Double
    } quote = Quote::None;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        switch (quote) {
        case Quote::Single:
            if (c == QLatin1Char('\''))
                quote = Quote::None;
            else
                word += c;
            continue;
        case Quote::Double:
            if (c == QLatin1Char('"')) {
                quote = Quote::None;
            } else if (c == QLatin1Char('\\') && i + 1 < line.size() &&
                       QStringLiteral("\"\\$`").contains(line.at(i + 1))) {
                word += line.at(++i);
            } else {
                word += c;
            }
            continue;
        case Quote::None:
            break;
        }
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n')) {
            if (inWord)
                words.append(std::exchange(word, {}));
            inWord = false;
        } else if (c == QLatin1Char('\'')) {
            quote = Quote::Single;
            inWord = true;
        } else if (c == QLatin1Char('"')) {
            quote = Quote::Double;
            inWord = true;
        } else if (c == QLatin1Char('\\') && i + 1 < line.size()) {
            word += line.at(++i);
            inWord = true;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (quote != Quote::None)
        return Result<QStringList>::failure(
            QCoreApplication::translate("ShellWords", "The command has an unclosed %1 quote.")
                .arg(quote == Quote::Single ? QStringLiteral("'") : QStringLiteral("\"")));
    if (inWord)
        words.append(word);
    return words;
}

QString joinShellWords(const QStringList &words)
{
    QStringList out;
    for (const QString &word : words) {
        bool plain = !word.isEmpty();
        for (const QChar c : word)
            if (!(c.isLetterOrNumber() || QStringLiteral("-_./=:,+@%").contains(c)))
                plain = false;
        if (plain)
            out << word;
        else
            out << QLatin1Char('\'') +
                       QString(word).replace(QLatin1String("'"), QLatin1String("'\\''")) +
                       QLatin1Char('\'');
    }
    return out.join(QLatin1Char(' '));
}

} // namespace sloop
