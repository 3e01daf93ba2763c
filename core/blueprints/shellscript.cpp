#include "shellscript.h"

#include "ssh/remotecommand.h"

namespace sloop::blueprints {

ShellScript &ShellScript::raw(const QByteArray &text)
{
    m_text += text;
    if (!text.endsWith('\n'))
        m_text += '\n';
    return *this;
}

QByteArray ShellScript::quoteBytes(const QByteArray &value)
{
    const Result<QByteArray> quoted = ssh::quoteArgument(value);
    if (!quoted) {
        if (m_error.isEmpty())
            m_error = quoted.error();
        return QByteArrayLiteral("''");
    }
    return *quoted;
}

QByteArray ShellScript::quote(const QString &value)
{
    return quoteBytes(value.toUtf8());
}

ShellScript &ShellScript::assign(const char *name, const QString &value)
{
    return assignBytes(name, value.toUtf8());
}

ShellScript &ShellScript::assignBytes(const char *name, const QByteArray &value)
{
    return raw(QByteArray(name) + '=' + quoteBytes(value));
}

ShellScript &ShellScript::writeBytes(const QByteArray &bytes, const QByteArray &target)
{
    if (bytes.isEmpty())
        return raw(": > " + target);
    // printf '%s' keeps every byte but NUL and is a builtin (no argv limit);
    // binary goes through base64, which every target has (coreutils, busybox).
    const qsizetype quotedSize = bytes.size() + 3 * bytes.count('\'') + 2;
    // Text that is not UTF-8 is base64 too, so every script is text that a
    // log or a terminal can show.
    const bool utf8 = QString::fromUtf8(bytes).toUtf8() == bytes;
    if (utf8 && !bytes.contains('\0') && quotedSize < 80 * 1024)
        return raw("printf '%s' " + quoteBytes(bytes) + " > " + target);
    QByteArray encoded = bytes.toBase64();
    QByteArray lines;
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        lines += encoded.mid(i, 76) + '\n';
    return raw("base64 -d > " + target + " <<'SLOOP_BASE64'\n" + lines + "SLOOP_BASE64");
}

Result<QByteArray> ShellScript::text() const
{
    if (!m_error.isEmpty())
        return Result<QByteArray>::failure(m_error);
    return m_text;
}

QByteArray aptFunction()
{
    // DPkg::Lock::Timeout waits for another apt (unattended-upgrades) instead
    // of failing; the loop retries what still fails (a mirror hiccup).
    return QByteArrayLiteral(
        "export DEBIAN_FRONTEND=noninteractive\n"
        "sloop_apt() {\n"
        "  n=0\n"
        "  while :; do\n"
        "    if apt-get -o DPkg::Lock::Timeout=300 -o Dpkg::Options::=--force-confdef \\\n"
        "        -o Dpkg::Options::=--force-confold -y -q \"$@\"; then return 0; fi\n"
        "    n=$((n + 1))\n"
        "    if [ \"$n\" -ge 3 ]; then return 1; fi\n"
        "    echo \"apt-get $1 failed; trying again in $((n * 5)) s\" >&2\n"
        "    sleep $((n * 5))\n"
        "  done\n"
        "}\n");
}

} // namespace sloop::blueprints
