#pragma once

#include <cstddef>
#include <cstdint>
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <unistd.h>

// The fuzzer's bytes as a file (the readers take paths), in a folder of this process.
inline QString fuzzFile(const uint8_t* data, size_t size, const QString& suffix)
{
    static const QString folder = [] {
        const QString path
            = QDir::temp().filePath(QStringLiteral("stuurboord-fuzz-%1").arg(::getpid()));
        QDir().mkpath(path);
        return path;
    }();
    const QString path = QDir(folder).filePath(QStringLiteral("input") + suffix);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    return path;
}
