#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace sloop::terminal {

// The far end of a terminal: a PTY on an SSH channel, a `docker exec` TTY, a
// local PTY. The terminal widget only ever talks to this interface, so one
// widget serves every kind of session and none of them knows about libvterm.
//
// Bytes are raw terminal bytes in both directions (UTF-8 text mixed with
// escape sequences); the backend neither interprets nor buffers them beyond
// what its transport needs.
//
// Thread-safety: lives on the GUI thread; implementations that do I/O on a
// worker thread deliver `received` and `closed` through queued signals.
class TerminalBackend : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Keyboard input, pastes and the terminal's answers to queries (DA, DSR).
    // Ignored once the session has closed.
    virtual void send(const QByteArray &bytes) = 0;
    // The visible grid changed; the backend tells the remote PTY (SIGWINCH).
    // May be called before the session is open: the backend applies the last
    // size as soon as it can.
    virtual void resize(int columns, int rows) = 0;
    // What a tab shows before the remote shell sets a title of its own,
    // e.g. "web-1" or "container-name".
    virtual QString title() const = 0;
    // Whether a sibling session to the same place can be opened ("New tab").
    virtual bool canDuplicate() const { return false; }
    // A new, unopened backend to the same place; nullptr when not supported.
    virtual TerminalBackend *duplicate(QObject *parent) const
    {
        Q_UNUSED(parent);
        return nullptr;
    }

Q_SIGNALS:
    // Output of the remote side, in arrival order.
    void received(const QByteArray &bytes);
    // The session is over and will send nothing more. `reason` is empty for a
    // normal end (the shell exited) and a message a person can act on
    // otherwise ("connection to web-1 lost").
    void closed(const QString &reason);
    // The backend's own title changed (e.g. once the session is open).
    void titleChanged(const QString &title);
};

} // namespace sloop::terminal
