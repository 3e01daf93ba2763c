#pragma once

// Private to core/blueprints: builds step scripts. Every value that came
// from user-data enters a script only through quote()/assign(), which use
// ssh::quoteArgument (the one quoting function); raw() is for Sloop's own
// fixed shell text.

#include "util/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace sloop::blueprints {

class ShellScript
{
public:
    ShellScript &raw(const QByteArray &text); // a line of trusted shell text
    // NAME='value' on a line of its own; later lines use "$NAME".
    ShellScript &assign(const char *name, const QString &value);
    ShellScript &assignBytes(const char *name, const QByteArray &value);
    QByteArray quote(const QString &value);
    QByteArray quoteBytes(const QByteArray &value);
    // Writes `bytes` to the file named by the shell expression `target`
    // (e.g. "\"$tmp\""), truncating it: printf for text, base64 for binary.
    ShellScript &writeBytes(const QByteArray &bytes, const QByteArray &target);

    qsizetype size() const { return m_text.size(); }
    // The script, or why it cannot be built (a value with a NUL byte).
    Result<QByteArray> text() const;

private:
    QByteArray m_text;
    QString m_error;
};

// The shell function `sloop_apt` (apt-get non-interactive, keeping changed
// config files, waiting for the dpkg lock, retrying transient failures).
QByteArray aptFunction();

} // namespace sloop::blueprints
