#pragma once

#include "validationproblem.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace sloop::blueprints {

// The part of cloud-init's #cloud-config that Sloop applies, with cloud-init's
// meaning for each module (https://cloudinit.readthedocs.io, module reference).
// Values are as the person wrote them, already checked and decoded; `line`
// fields point back into the text for messages at apply time.

struct PackageSpec
{
    QString name;
    QString version; // empty: the candidate version
    int line = 0;
};

struct FileSpec
{
    QString path;       // absolute
    QByteArray content; // decoded (b64, gzip, gz+b64, !!binary)
    int permissions = 0644;
    QString owner = QStringLiteral("root:root"); // "user", "user:group"
    bool append = false;
    bool defer = false; // written after packages and users, before runcmd
    int line = 0;
};

// A runcmd or bootcmd entry: a string goes to the shell as it is; a list is
// an argv whose words are each quoted (cloud-init's shellify).
struct CommandSpec
{
    QString shell;
    QStringList argv;
    bool isArgv = false;
    int line = 0;
};

struct GroupSpec
{
    QString name;
    QStringList members;
    int line = 0;
};

struct UserSpec
{
    QString name;
    QString gecos;
    QString homedir;      // empty: /home/NAME
    QString primaryGroup; // empty: a group named like the user
    QStringList groups;   // supplementary; created when missing
    QStringList sudo;     // sudoers rules ("ALL=(ALL) NOPASSWD:ALL"); empty: none
    QString shell;        // empty: useradd's default
    QStringList sshAuthorizedKeys;
    bool lockPasswd = true;
    bool system = false;
    bool noCreateHome = false;
    int line = 0;
};

struct CloudConfig
{
    bool packageUpdate = false;
    bool packageUpgrade = false;
    QList<PackageSpec> packages;
    QList<FileSpec> writeFiles;
    QList<CommandSpec> bootcmd;
    QList<CommandSpec> runcmd;
    QList<GroupSpec> groups;
    QList<UserSpec> users;
    bool defaultUser = false;      // "default" was listed: the login user, left as it is
    QStringList sshAuthorizedKeys; // for the login user
    QString hostname;
    QString fqdn;
    bool preserveHostname = false;
    QString timezone;
    QString finalMessage; // empty: Sloop's default message
};

struct CloudConfigParse
{
    CloudConfig config;
    QList<ValidationProblem> problems; // every problem found, in text order

    bool ok() const { return problems.isEmpty(); }
};

// The modules parseCloudConfig() accepts, in the order they are applied.
QStringList supportedModules();

// Reads and checks user-data. The text must start with "#cloud-config" (an
// empty text is an empty config). Anything Sloop cannot apply (an unknown or
// unsupported module or key, a value of the wrong type, a relative path, a
// bad user name) is a problem with its line and column; all are collected,
// so nothing runs half-applied. `lineOffset` is added to every line (for
// user-data that sits inside a blueprint file).
CloudConfigParse parseCloudConfig(const QByteArray &userData, int lineOffset = 0);

} // namespace sloop::blueprints
