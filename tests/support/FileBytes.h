#pragma once

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

// Fingerprints of files, to prove that a rejected workspace was not touched at all.
inline QByteArray fileDigest(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

inline QStringList folderEntries(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

// Writes a test fixture with exactly these bytes and returns its path.
inline QString writeFixture(const QString& folder, const QString& name, const QByteArray& bytes)
{
    const QString path = QDir(folder).filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write fixture %s", qPrintable(path));
    file.write(bytes);
    return path;
}
