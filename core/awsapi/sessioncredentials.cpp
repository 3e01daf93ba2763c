#include "sessioncredentials.h"

#include <QRandomGenerator>

namespace sloop::awsapi {

namespace {

QByteArray randomText(int length, const char *alphabet)
{
    const int size = int(qstrlen(alphabet));
    QByteArray out(length, Qt::Uninitialized);
    for (char &c : out)
        c = alphabet[QRandomGenerator::system()->bounded(size)];
    return out;
}

} // namespace

SessionCredential SessionCredentials::issue(const QString &function, const QString &scope)
{
    const QString key = function.toLower();
    if (const auto it = m_keyOfFunction.constFind(key); it != m_keyOfFunction.cend())
        return m_byKey.value(*it);
    SessionCredential c;
    c.accessKeyId = QStringLiteral("ASIA") +
                    QString::fromLatin1(randomText(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"));
    c.secret = randomText(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    QByteArray token(96, Qt::Uninitialized);
    QRandomGenerator::system()->generate(token.begin(), token.end());
    c.sessionToken = token.toBase64();
    c.function = function;
    c.scope = scope;
    m_byKey.insert(c.accessKeyId, c);
    m_keyOfFunction.insert(key, c.accessKeyId);
    return c;
}

std::optional<SessionCredential> SessionCredentials::find(const QString &accessKeyId) const
{
    const auto it = m_byKey.constFind(accessKeyId);
    if (it == m_byKey.cend())
        return std::nullopt;
    return *it;
}

void SessionCredentials::revoke(const QString &function)
{
    if (const QString id = m_keyOfFunction.take(function.toLower()); !id.isEmpty())
        m_byKey.remove(id);
}

bool SessionCredentials::looksTemporary(const QString &accessKeyId)
{
    return accessKeyId.startsWith(QLatin1String("ASIA"));
}

} // namespace sloop::awsapi
