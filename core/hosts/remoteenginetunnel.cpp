#include "remoteenginetunnel.h"

#include "ssh/sshsession.h"
#include "ssh/sshsocketforward.h"

namespace sloop::hosts {

RemoteEngineTunnel::RemoteEngineTunnel(ssh::SshTarget target, ssh::SshOptions options,
                                       CommandLog *log)
{
    m_thread.setObjectName(QStringLiteral("tunnel:") + target.name);
    m_thread.start();
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_context, [&] { m_session = new ssh::SshSession(target, options, log); },
        Qt::BlockingQueuedConnection);
}

RemoteEngineTunnel::~RemoteEngineTunnel()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            delete m_forward;
            delete m_session;
            delete m_context;
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

ssh::SshResult<QString> RemoteEngineTunnel::open(const QString &remoteSocket)
{
    QFuture<ssh::SshResult<ssh::HostInfoOnConnect>> connected;
    QMetaObject::invokeMethod(
        m_context, [&] { connected = m_session->connectHost(ssh::HostKeyPolicy::Strict); },
        Qt::BlockingQueuedConnection);
    connected.waitForFinished();
    const auto info = connected.result();
    if (!info)
        return info.error();
    ssh::SshResult<QString> result =
        ssh::SshError::make(ssh::SshError::Channel, QStringLiteral("not started"));
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            m_forward = new ssh::SshSocketForward(m_session, remoteSocket);
            const VoidResult listening = m_forward->listen();
            if (listening)
                result = m_forward->localPath();
            else
                result = ssh::SshError::make(ssh::SshError::Channel, listening.error());
        },
        Qt::BlockingQueuedConnection);
    return result;
}

} // namespace sloop::hosts
