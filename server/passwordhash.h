#pragma once
// Passwords are kept as Argon2id hashes (libsodium's crypto_pwhash_str: salted, memory-hard, the algorithm
// and its costs written into the hash so that they can be raised later without breaking old hashes).
#include <QByteArray>
#include <QString>

namespace PasswordHash {
// False only when libsodium cannot start (no entropy source); call before any other function.
bool initialize();
// The encoded hash ($argon2id$v=19$m=…), or empty when hashing failed (out of memory).
QString hash(const QByteArray &password);
bool verify(const QString &encodedHash, const QByteArray &password);
// Runs one verification against a fixed hash, so that a sign-in for an unknown name takes as long as one
// for a known name and does not tell which names exist.
void verifyDummy(const QByteArray &password);
// A random bearer token (32 bytes from the system's CSPRNG, hex) and the SHA-256 kept of it.
QString newToken();
QString tokenDigest(const QString &token);
} // namespace PasswordHash
