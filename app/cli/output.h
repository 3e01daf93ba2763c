#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "util/error.h"
#include "util/result.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <functional>

namespace sloop::cli {

// Exit statuses: what a script can rely on (documented in `sloop help`
// and the README). A failure's ErrorKind picks its status.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;      // anything without a better status below
inline constexpr int kExitUsage = 2;        // the command line was wrong; nothing was sent
inline constexpr int kExitNotFound = 3;     // no such container, host, instance, file...
inline constexpr int kExitConflict = 4;     // exists already, or in a state that forbids it
inline constexpr int kExitRefused = 5;      // the engine or host said no (permissions)
inline constexpr int kExitUnauthorized = 6; // sign-in or host key not accepted
inline constexpr int kExitUnreachable = 7;  // the engine or host could not be reached
inline constexpr int kExitTimedOut = 8;     // no answer in time
inline constexpr int kExitInvalid = 9;      // the engine or host found the request malformed
inline constexpr int kExitUnsupported = 10; // this engine or host cannot do that
inline constexpr int kExitThrottled = 11;   // too many at once (a function's concurrency)
inline constexpr int kExitCancelled = 130;  // interrupted (Ctrl+C), as shells report SIGINT

int exitCodeFor(ErrorKind kind);

// lupdate reads Tr::tr() calls into the "Cli" context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// Makes text safe to show on a terminal: control characters, escapes,
// bidirectional overrides and line separators become visible \-sequences, so
// a container name or label cannot redraw, recolour or reorder the screen.
// maxLength > 0 cuts the result (in code points) and marks the cut with "…".
QString escapeForTerminal(const QString &text, int maxLength = 0);

void writeBytes(std::FILE *to, const QByteArray &bytes); // unbuffered-ish: flushed
void printLine(const QString &text);                     // stdout, as is, plus newline
// "sloop: <message>" on stderr, escaped to one line; returns `code`.
int fail(const QString &message, int code = kExitFailure);
// The same, with the exit status the error's kind gives.
int fail(const Error &error);
// Does `action` to each item (names, IDs) in turn: prints each one done,
// reports each failure, and returns the status of the last failure (0 when
// none failed).
int applyToEach(const QStringList &items, const std::function<VoidResult(const QString &)> &action);

// UTF-8 for nlohmann::json.
std::string utf8(const QString &text);
// A JSON array of the strings.
nlohmann::json utf8List(const QStringList &texts);
// "30m", "1h", "6h", "1d", "2w" → milliseconds; 0 when not such a span.
qint64 parseSpan(const QString &text);
void printJson(const nlohmann::json &doc);
// The same text for a document whose keys are already in that order.
void printOrderedJson(const nlohmann::ordered_json &doc);
// Text dump() made: escapes what could disguise itself on a terminal.
void printJsonText(const std::string &text);

// Columns aligned with two spaces; every cell escaped for the terminal.
class Table
{
public:
    explicit Table(QStringList headers);
    // Cells of that column are cut to `width` code points (0: never).
    void setMaxWidth(int column, int width);
    void addRow(const QStringList &cells);
    void print() const;

private:
    QStringList m_headers;
    QList<int> m_maxWidth;
    QList<QStringList> m_rows;
};

} // namespace sloop::cli
