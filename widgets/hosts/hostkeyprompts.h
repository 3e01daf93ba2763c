#pragma once

#include "ssh/ssherror.h"

class QWidget;

namespace sloop::widgets {

// Trust on first use: shows the key type and SHA256 fingerprint the server
// offered and how to check it. True when the person trusts it.
bool askToTrustHostKey(QWidget *parent, const QString &host, const ssh::SshError &error);

// A changed host key: names the possible attack and both fingerprints. There
// is no "connect anyway"; the only way on is forgetting the old key. True
// when the person chose to forget it (and confirmed).
bool askToForgetChangedHostKey(QWidget *parent, const QString &host, const ssh::SshError &error);

} // namespace sloop::widgets
