#include "server/passwordhash.h"

#include <QCryptographicHash>
#include <sodium.h>

namespace PasswordHash {

bool initialize()
{
    return sodium_init() >= 0;
}

QString hash(const QByteArray &password)
{
    char out[crypto_pwhash_STRBYTES];
    // The "interactive" costs (64 MiB, 2 passes): about 0.1 s a sign-in on a 2020 laptop core, which bounds
    // guessing while a handful of server threads can still sign in a morning's shift at once.
    if (crypto_pwhash_str(out, password.constData(), quint64(password.size()),
            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return {};
    return QString::fromLatin1(out);
}

bool verify(const QString &encodedHash, const QByteArray &password)
{
    const QByteArray stored = encodedHash.toLatin1();
    return crypto_pwhash_str_verify(stored.constData(), password.constData(), quint64(password.size())) == 0;
}

void verifyDummy(const QByteArray &password)
{
    static const QString dummy = hash(QByteArrayLiteral("fleetdesk-no-such-user"));
    verify(dummy, password);
}

QString newToken()
{
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes), sizeof bytes).toHex());
}

QString tokenDigest(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex());
}

} // namespace PasswordHash
