#pragma once

// Signs JWTs as an identity provider would, with a key made for the test
// by OpenSSL, and publishes its public half as a JSON Web Key.
#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>

#include <memory>

namespace sloop::test {

class JwtSigner
{
public:
    // alg: RS256 (a 2,048-bit RSA key) or ES256 (P-256).
    explicit JwtSigner(const QString &alg, const QString &kid)
        : m_alg(alg)
        , m_kid(kid)
    {
        m_key.reset(alg == QLatin1String("ES256")
                        ? EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256")
                        : EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));
    }

    bool valid() const { return bool(m_key); }

    QJsonObject jwk() const
    {
        QJsonObject o{{QStringLiteral("kid"), m_kid},
                      {QStringLiteral("use"), QStringLiteral("sig")}};
        if (m_alg == QLatin1String("ES256")) {
            o.insert(QStringLiteral("kty"), QStringLiteral("EC"));
            o.insert(QStringLiteral("crv"), QStringLiteral("P-256"));
            o.insert(QStringLiteral("x"), b64(param(OSSL_PKEY_PARAM_EC_PUB_X, 32)));
            o.insert(QStringLiteral("y"), b64(param(OSSL_PKEY_PARAM_EC_PUB_Y, 32)));
        } else {
            o.insert(QStringLiteral("kty"), QStringLiteral("RSA"));
            o.insert(QStringLiteral("alg"), QStringLiteral("RS256"));
            o.insert(QStringLiteral("n"), b64(param(OSSL_PKEY_PARAM_RSA_N, 0)));
            o.insert(QStringLiteral("e"), b64(param(OSSL_PKEY_PARAM_RSA_E, 0)));
        }
        return o;
    }

    QByteArray sign(const QJsonObject &claims, QJsonObject header = {}) const
    {
        if (!header.contains(QLatin1String("alg")))
            header.insert(QStringLiteral("alg"), m_alg);
        if (!header.contains(QLatin1String("kid")))
            header.insert(QStringLiteral("kid"), m_kid);
        header.insert(QStringLiteral("typ"), QStringLiteral("JWT"));
        const QByteArray input = part(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                                 part(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)> ctx(EVP_MD_CTX_new(),
                                                                    &EVP_MD_CTX_free);
        size_t length = 0;
        EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, m_key.get());
        EVP_DigestSign(ctx.get(), nullptr, &length,
                       reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size()));
        QByteArray signature(qsizetype(length), '\0');
        EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
                       reinterpret_cast<const unsigned char *>(input.constData()),
                       size_t(input.size()));
        signature.resize(qsizetype(length));
        if (m_alg == QLatin1String("ES256"))
            signature = rawEcdsa(signature);
        return input + '.' + part(signature);
    }

private:
    struct KeyFree
    {
        void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
    };

    static QByteArray part(const QByteArray &bytes)
    {
        return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }
    static QString b64(const QByteArray &bytes) { return QString::fromLatin1(part(bytes)); }

    QByteArray param(const char *name, int pad) const
    {
        BIGNUM *bn = nullptr;
        EVP_PKEY_get_bn_param(m_key.get(), name, &bn);
        QByteArray out(pad > 0 ? pad : BN_num_bytes(bn), '\0');
        BN_bn2binpad(bn, reinterpret_cast<unsigned char *>(out.data()), int(out.size()));
        BN_free(bn);
        return out;
    }

    // DER (OpenSSL's) to R||S (JWS's).
    static QByteArray rawEcdsa(const QByteArray &der)
    {
        const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
        ECDSA_SIG *sig = d2i_ECDSA_SIG(nullptr, &p, long(der.size()));
        QByteArray out(64, '\0');
        BN_bn2binpad(ECDSA_SIG_get0_r(sig), reinterpret_cast<unsigned char *>(out.data()), 32);
        BN_bn2binpad(ECDSA_SIG_get0_s(sig), reinterpret_cast<unsigned char *>(out.data()) + 32, 32);
        ECDSA_SIG_free(sig);
        return out;
    }

    QString m_alg;
    QString m_kid;
    std::unique_ptr<EVP_PKEY, KeyFree> m_key;
};

} // namespace sloop::test
