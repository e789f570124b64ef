#pragma once

#include "storage/postgresql/PostgresSpecifics.h"
#include "storage/TeamAddress.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// A fresh workspace in its own temporary folder for one test. With
// STUURBOORD_TEST_ENGINE=postgres (the `_postgres` runs of the storage, KPI and import
// suites, tests/CMakeLists.txt) it is a team workspace instead: a new database on the test
// server named in STUURBOORD_TEST_POSTGRES, dropped again afterwards. The folder is there
// either way, for the files a test imports.
class TestWorkspace final
{
public:
    explicit TestWorkspace(const QString& organisation = QStringLiteral("Gemeente Testdorp"))
    {
        QStandardPaths::setTestModeEnabled(true);
        if (onPostgres())
            m_address = scratchDatabase();
        auto result = stuurboord::Workspace::create(
            m_address.isEmpty() ? path() : m_address, organisation);
        if (!result.ok())
            qFatal("could not create test workspace: %s", qPrintable(result.message));
        m_workspace = std::move(result.workspace);
    }
    ~TestWorkspace()
    {
        m_workspace.reset();
        if (!m_address.isEmpty())
            admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(databaseName()));
    }

    static bool onPostgres()
    {
        return qEnvironmentVariable("STUURBOORD_TEST_ENGINE") == QLatin1String("postgres");
    }
    // The file, or on PostgreSQL the team address: what `open` takes.
    QString path() const
    {
        return m_address.isEmpty() ? m_dir.filePath(QStringLiteral("test.stuurboord")) : m_address;
    }
    QString folder() const { return m_dir.path(); }
    stuurboord::Workspace& operator*() { return *m_workspace; }
    stuurboord::Workspace* operator->() { return m_workspace.get(); }
    void close() { m_workspace.reset(); }

private:
    QString databaseName() const { return stuurboord::TeamAddress::parse(m_address).database(); }

    static bool admin(const QString& statement)
    {
        const QString connection = QStringLiteral("test-workspace-admin");
        bool done = false;
        {
            QString error;
            QSqlDatabase db = stuurboord::PostgresSpecifics::open(
                stuurboord::TeamAddress::parse(qEnvironmentVariable("STUURBOORD_TEST_POSTGRES")),
                connection, &error);
            if (!db.isOpen())
                qFatal("the test server does not answer: %s", qPrintable(error));
            done = QSqlQuery(db).exec(statement);
        }
        QSqlDatabase::removeDatabase(connection);
        return done;
    }

    static QString scratchDatabase()
    {
        static int made = 0;
        const QString name = QStringLiteral("tw_%1_%2").arg(QCoreApplication::applicationPid()).arg(++made);
        if (!admin(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name))
            || !admin(QStringLiteral("CREATE DATABASE %1").arg(name)))
            qFatal("could not make test database %s", qPrintable(name));
        return stuurboord::TeamAddress::parse(qEnvironmentVariable("STUURBOORD_TEST_POSTGRES"))
            .withDatabase(name)
            .display();
    }

    QTemporaryDir m_dir;
    QString m_address;
    std::unique_ptr<stuurboord::Workspace> m_workspace;
};
