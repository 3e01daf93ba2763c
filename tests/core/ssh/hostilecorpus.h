#pragma once

#include <QByteArrayList>
#include <QList>
#include <QPair>

namespace sloop::test {

// Arguments that break naive quoting. Each row is one argv (after the
// program) that must reach the program byte for byte.
inline QList<QPair<const char *, QByteArrayList>> hostileArguments()
{
    QByteArray big(100 * 1024, 'x');
    for (qsizetype i = 0; i < big.size(); i += 997)
        big[i] = "'\"$`\\;|&\n*"[(i / 997) % 10];
    return {
        {"plain", {"hello", "world"}},
        {"empty", {"", "", "x"}},
        {"single quotes", {"it's", "'", "''", "'\\''", "a'b'c"}},
        {"double quotes", {"\"", "\"quoted\"", "say \"hi\""}},
        {"command substitution", {"$(touch /tmp/sloop-pwned)", "$(id)", "${HOME}", "$HOME", "$"}},
        {"backticks", {"`id`", "`touch /tmp/sloop-pwned`", "`"}},
        {"newlines", {"line1\nline2", "\n", "a\r\nb", "\ntouch /tmp/sloop-pwned"}},
        {"separators", {";", "a; touch /tmp/sloop-pwned", "&&", "||", "|", "&", "a & b"}},
        {"redirections", {">", ">/tmp/sloop-pwned", "<", "2>&1", "<<EOF"}},
        {"globs", {"*", "/*", "?", "[a-z]*", "~", "~root", "{a,b}"}},
        {"dashes", {"--", "-n", "-e", "--help", "-", "-rf"}},
        {"backslashes", {"\\", "\\\\", "a\\nb", "\\'"}},
        {"whitespace", {" ", "\t", "  two  spaces  ", "a b"}},
        {"comments and history", {"#", "# not a comment", "!", "!!", "!$"}},
        {"assignments", {"A=1", "IFS=x", "PATH=/nonexistent"}},
        {"unicode", {"Grüße", "日本語", "emoji 🚢", "\xe2\x80\xae rtl"}},
        {"invalid utf-8", {"\xff", "\xfe\xff", "\xc3\x28", "a\x80z", "\xed\xa0\x80"}},
        {"control bytes", {"\x01\x02\x1b[31m", "\x7f", "bell\a"}},
        {"100 KB", {big}},
    };
}

} // namespace sloop::test
