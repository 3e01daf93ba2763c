#include "jwtverifier.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

namespace sloop::gateway {

namespace {

struct JwtText
{
    Q_DECLARE_TR_FUNCTIONS(Gateway)
};

struct PkeyFree
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
struct CtxFree
{
    void operator()(EVP_PKEY_CTX *c) const { EVP_PKEY_CTX_free(c); }
};
struct MdCtxFree
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
struct BldFree
{
    void operator()(OSSL_PARAM_BLD *b) const { OSSL_PARAM_BLD_free(b); }
};
struct ParamFree
{
    void operator()(OSSL_PARAM *p) const { OSSL_PARAM_free(p); }
};
struct BnFree
{
    void operator()(BIGNUM *b) const { BN_free(b); }
};
struct SigFree
{
    void operator()(ECDSA_SIG *s) const { ECDSA_SIG_free(s); }
};
using Bn = std::unique_ptr<BIGNUM, BnFree>;

QByteArray base64Url(const QJsonValue &v)
{
    return QByteArray::fromBase64(v.toString().toLatin1(),
                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

Bn bignum(const QByteArray &bytes)
{
    return Bn(BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()),
                        int(bytes.size()), nullptr));
}

EVP_PKEY *fromParams(const char *type, OSSL_PARAM_BLD *bld)
{
    std::unique_ptr<OSSL_PARAM, ParamFree> params(OSSL_PARAM_BLD_to_param(bld));
    std::unique_ptr<EVP_PKEY_CTX, CtxFree> ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1 ||
        EVP_PKEY_fromdata(ctx.get(), &key, EVP_PKEY_PUBLIC_KEY, params.get()) != 1)
        return nullptr;
    return key;
}

EVP_PKEY *rsaKey(const QJsonObject &jwk)
{
    const Bn n = bignum(base64Url(jwk.value(QLatin1String("n"))));
    const Bn e = bignum(base64Url(jwk.value(QLatin1String("e"))));
    std::unique_ptr<OSSL_PARAM_BLD, BldFree> bld(OSSL_PARAM_BLD_new());
    if (!n || !e || BN_is_zero(n.get()) || BN_num_bits(n.get()) < 2048 || !bld ||
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_N, n.get()) != 1 ||
        OSSL_PARAM_BLD_push_BN(bld.get(), OSSL_PKEY_PARAM_RSA_E, e.get()) != 1)
        return nullptr;
    return fromParams("RSA", bld.get());
}

EVP_PKEY *ecKey(const QJsonObject &jwk, const char *group, int coordinateBytes)
{
    const QByteArray x = base64Url(jwk.value(QLatin1String("x")));
    const QByteArray y = base64Url(jwk.value(QLatin1String("y")));
    if (x.size() != coordinateBytes || y.size() != coordinateBytes)
        return nullptr;
    const QByteArray point = QByteArray(1, '\x04') + x + y; // uncompressed
    std::unique_ptr<OSSL_PARAM_BLD, BldFree> bld(OSSL_PARAM_BLD_new());
    if (!bld ||
        OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, group, 0) != 1 ||
        OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY, point.constData(),
                                         size_t(point.size())) != 1)
        return nullptr;
    return fromParams("EC", bld.get());
}

const EVP_MD *digestOf(const QString &alg)
{
    if (alg.endsWith(QLatin1String("256")))
        return EVP_sha256();
    if (alg.endsWith(QLatin1String("384")))
        return EVP_sha384();
    if (alg.endsWith(QLatin1String("512")))
        return EVP_sha512();
    return nullptr;
}

// JWS carries an ECDSA signature as R||S; OpenSSL checks DER.
QByteArray derSignature(const QByteArray &raw, int coordinateBytes)
{
    if (raw.size() != 2 * coordinateBytes)
        return {};
    std::unique_ptr<ECDSA_SIG, SigFree> sig(ECDSA_SIG_new());
    Bn r = bignum(raw.left(coordinateBytes));
    Bn s = bignum(raw.mid(coordinateBytes));
    if (!sig || !r || !s || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return {};
    r.release(); // owned by sig now
    s.release();
    unsigned char *der = nullptr;
    const int length = i2d_ECDSA_SIG(sig.get(), &der);
    if (length <= 0)
        return {};
    QByteArray out(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return out;
}

// In API Gateway's English: it goes into the WWW-Authenticate header.
Error unauthorized(const QString &why)
{
    return Error::make(ErrorKind::Unauthorized, why);
}

} // namespace

struct JsonWebKeySet::Key
{
    QString kid;
    QString family; // "RS" or "ES"
    int coordinateBytes = 0;
    QString curveAlg; // ES256 or ES384: the one algorithm an EC key signs
    std::unique_ptr<EVP_PKEY, PkeyFree> pkey;
};

JsonWebKeySet::~JsonWebKeySet() = default;

Result<std::shared_ptr<const JsonWebKeySet>> JsonWebKeySet::read(const QByteArray &json)
{
    using R = Result<std::shared_ptr<const JsonWebKeySet>>;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() ||
        !doc.object().value(QLatin1String("keys")).isArray())
        return R::failure(ErrorKind::InvalidInput,
                          JwtText::tr("A JSON Web Key Set is an object with a \"keys\" array."));
    std::shared_ptr<JsonWebKeySet> set(new JsonWebKeySet);
    for (const QJsonValue &v : doc.object().value(QLatin1String("keys")).toArray()) {
        const QJsonObject jwk = v.toObject();
        const QString kty = jwk.value(QLatin1String("kty")).toString();
        const QString use = jwk.value(QLatin1String("use")).toString(QStringLiteral("sig"));
        if (use != QLatin1String("sig"))
            continue;
        auto key = std::make_shared<Key>();
        key->kid = jwk.value(QLatin1String("kid")).toString();
        if (kty == QLatin1String("RSA")) {
            key->family = QStringLiteral("RS");
            key->pkey.reset(rsaKey(jwk));
        } else if (kty == QLatin1String("EC")) {
            const QString crv = jwk.value(QLatin1String("crv")).toString();
            key->family = QStringLiteral("ES");
            if (crv == QLatin1String("P-256")) {
                key->coordinateBytes = 32;
                key->curveAlg = QStringLiteral("ES256");
                key->pkey.reset(ecKey(jwk, "prime256v1", 32));
            } else if (crv == QLatin1String("P-384")) {
                key->coordinateBytes = 48;
                key->curveAlg = QStringLiteral("ES384");
                key->pkey.reset(ecKey(jwk, "secp384r1", 48));
            }
        }
        if (key->pkey)
            set->m_keys.append(key);
    }
    if (set->m_keys.isEmpty())
        return R::failure(ErrorKind::InvalidInput,
                          JwtText::tr("The key set has no RSA (2,048 bits or more) or EC "
                                      "(P-256, P-384) signing key."));
    return std::shared_ptr<const JsonWebKeySet>(set);
}

const JsonWebKeySet::Key *JsonWebKeySet::find(const QString &kid, const QString &alg) const
{
    const bool rsa = alg == QLatin1String("RS256") || alg == QLatin1String("RS384") ||
                     alg == QLatin1String("RS512");
    for (const auto &key : m_keys) {
        const bool fits = rsa ? key->family == QLatin1String("RS") : key->curveAlg == alg;
        if (!fits)
            continue;
        if (key->kid == kid || (kid.isEmpty() && m_keys.size() == 1))
            return key.get();
    }
    return nullptr;
}

Result<JwtClaims> verifyJwt(const QByteArray &token, const JsonWebKeySet &keys,
                            const QString &issuer, const QStringList &audiences, qint64 nowSeconds)
{
    using R = Result<JwtClaims>;
    const QList<QByteArray> parts = token.split('.');
    if (parts.size() != 3)
        return R::failure(unauthorized(QStringLiteral("the token is not a signed JWT")));
    const auto decode = [](const QByteArray &part) {
        return QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding |
                                                QByteArray::OmitTrailingEquals);
    };
    const QJsonObject header = QJsonDocument::fromJson(decode(parts[0])).object();
    const QJsonDocument payload = QJsonDocument::fromJson(decode(parts[1]));
    if (header.isEmpty() || !payload.isObject())
        return R::failure(unauthorized(QStringLiteral("the token is malformed")));
    const QString alg = header.value(QLatin1String("alg")).toString();
    const EVP_MD *md = digestOf(alg);
    if (!md || (!alg.startsWith(QLatin1String("RS")) && !alg.startsWith(QLatin1String("ES"))))
        return R::failure(
            unauthorized(QStringLiteral("the token's algorithm \"%1\" is not accepted").arg(alg)));
    const JsonWebKeySet::Key *key = keys.find(header.value(QLatin1String("kid")).toString(), alg);
    if (!key)
        return R::failure(unauthorized(QStringLiteral("no key of the issuer signs this token")));

    QByteArray signature = decode(parts[2]);
    if (key->family == QLatin1String("ES"))
        signature = derSignature(signature, key->coordinateBytes);
    const QByteArray signedPart = parts[0] + '.' + parts[1];
    std::unique_ptr<EVP_MD_CTX, MdCtxFree> ctx(EVP_MD_CTX_new());
    const bool good =
        !signature.isEmpty() && ctx &&
        EVP_DigestVerifyInit(ctx.get(), nullptr, md, nullptr, key->pkey.get()) == 1 &&
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
                         size_t(signature.size()),
                         reinterpret_cast<const unsigned char *>(signedPart.constData()),
                         size_t(signedPart.size())) == 1;
    if (!good)
        return R::failure(unauthorized(QStringLiteral("signature is invalid")));

    const QJsonObject claims = payload.object();
    if (claims.value(QLatin1String("iss")).toString() != issuer)
        return R::failure(unauthorized(QStringLiteral("the token has an unexpected issuer")));
    QStringList aud;
    const QJsonValue audValue = claims.value(QLatin1String("aud"));
    if (audValue.isArray()) {
        for (const QJsonValue &v : audValue.toArray())
            aud.append(v.toString());
    } else if (audValue.isString()) {
        aud.append(audValue.toString());
    } else {
        aud.append(claims.value(QLatin1String("client_id")).toString());
    }
    const bool audienceOk = std::any_of(aud.cbegin(), aud.cend(), [&](const QString &a) {
        return !a.isEmpty() && audiences.contains(a);
    });
    if (!audienceOk)
        return R::failure(unauthorized(QStringLiteral("the token has an unexpected audience")));
    const QJsonValue exp = claims.value(QLatin1String("exp"));
    if (!exp.isDouble())
        return R::failure(unauthorized(QStringLiteral("the token has no expiry")));
    if (qint64(exp.toDouble()) <= nowSeconds)
        return R::failure(unauthorized(QStringLiteral("the token has expired")));
    const QJsonValue nbf = claims.value(QLatin1String("nbf"));
    if (nbf.isDouble() && qint64(nbf.toDouble()) > nowSeconds)
        return R::failure(unauthorized(QStringLiteral("the token is not valid yet")));

    JwtClaims out;
    out.claims = claims;
    const QJsonValue scp = claims.value(QLatin1String("scp"));
    if (claims.value(QLatin1String("scope")).isString())
        out.scopes = claims.value(QLatin1String("scope"))
                         .toString()
                         .split(QLatin1Char(' '), Qt::SkipEmptyParts);
    else if (scp.isArray())
        for (const QJsonValue &v : scp.toArray())
            out.scopes.append(v.toString());
    else if (scp.isString())
        out.scopes = scp.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return out;
}

} // namespace sloop::gateway
