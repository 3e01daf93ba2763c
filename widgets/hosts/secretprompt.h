#pragma once

#include <QString>

#include <optional>

namespace sloop::widgets {

// The window's answer when an SSH session needs a password or a key
// passphrase (keyFile empty: the host's password). Callable from an SSH
// worker thread: it blocks that thread, never the GUI (the dialog is
// window-modal and answered asynchronously). When the worker's thread is
// interrupted (its session was closed) it gives up at once, answering
// nothing, and the dialog closes.
//
// The keychain is asked first (once per secret: if the stored one was
// refused, the person is asked instead). The dialog offers to remember
// the answer in the keychain, or says that there is none and Sloop will ask
// each time.
std::optional<QString> askHostSecret(const QString &host, const QString &keyFile);

} // namespace sloop::widgets
