#include "containerinventory.h"

#include "engine/dockerclient.h"
#include "engine/dockerjson.h"
#include "engine/streamdecoders.h"
#include "util/logging.h"

namespace sloop::containers {

using namespace sloop::engine;

namespace {

// Events that do not change what a container list shows.
bool ignorable(const QString &action)
{
    return action.startsWith(QLatin1String("exec_")) || action == QLatin1String("attach") ||
           action == QLatin1String("resize") || action == QLatin1String("top") ||
           action == QLatin1String("archive-path") || action == QLatin1String("extract-to-dir") ||
           action == QLatin1String("copy") || action == QLatin1String("export") ||
           action == QLatin1String("commit");
}

} // namespace

ContainerInventory::ContainerInventory(DockerClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    qRegisterMetaType<ContainerDelta>();
    m_dirtyTimer.setSingleShot(true);
    m_dirtyTimer.setInterval(0);
    connect(&m_dirtyTimer, &QTimer::timeout, this, &ContainerInventory::fetchDirty);
    m_periodic.setInterval(30000);
    connect(&m_periodic, &QTimer::timeout, this, &ContainerInventory::refresh);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &ContainerInventory::connectEngine);
}

void ContainerInventory::start()
{
    m_running = true;
    connectEngine();
}

void ContainerInventory::stop()
{
    m_running = false;
    ++m_generation;
    m_periodic.stop();
    m_retry.stop();
    if (m_events)
        m_events->deleteLater();
}

void ContainerInventory::setState(State state, const QString &problem)
{
    if (m_state == state && m_problem == problem)
        return;
    m_state = state;
    m_problem = problem;
    Q_EMIT stateChanged(state);
}

void ContainerInventory::fail(const QString &problem)
{
    qCInfo(lcContainers) << m_client->name() << "unavailable:" << problem;
    ++m_generation;
    m_listing = false;
    m_fetchingDirty = false;
    if (m_events)
        m_events->deleteLater();
    m_periodic.stop();
    setState(State::Unavailable, problem);
    if (m_running)
        m_retry.start(m_retryMs);
}

void ContainerInventory::connectEngine()
{
    if (!m_running)
        return;
    const quint64 generation = ++m_generation;
    if (m_state != State::Ready && m_state != State::Unavailable)
        setState(State::Connecting);
    m_client->negotiate().then(this, [this, generation](const Result<EngineInfo> &info) {
        if (generation != m_generation)
            return;
        if (!info) {
            fail(info.error());
            return;
        }
        m_info = info.value();
        // Subscribe first, then list: an event between the two is not lost,
        // it only causes one more small re-read.
        openEvents();
        refresh();
        m_periodic.start();
    });
}

void ContainerInventory::openEvents()
{
    if (m_events)
        m_events->deleteLater();
    m_eventBuffer.clear();
    // One stream for the whole engine: containers drive this inventory, the
    // other kinds are passed on (eventReceived) for the pages that list them.
    m_events = m_client->events(this, {{QStringLiteral("type"),
                                        {QStringLiteral("container"), QStringLiteral("image"),
                                         QStringLiteral("volume"), QStringLiteral("network")}}});
    const quint64 generation = m_generation;
    connect(m_events, &EngineStream::data, this, &ContainerInventory::onEventData);
    connect(m_events, &EngineStream::finished, this, [this, generation](const QString &error) {
        if (generation != m_generation || !m_running)
            return;
        fail(error.isEmpty() ? tr("The engine closed its event stream.") : error);
    });
}

void ContainerInventory::onEventData(const QByteArray &bytes)
{
    m_eventBuffer.append(bytes);
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = m_eventBuffer.indexOf('\n', start);
        if (nl < 0)
            break;
        const QByteArrayView line = QByteArrayView(m_eventBuffer).sliced(start, nl - start);
        start = nl + 1;
        if (line.trimmed().isEmpty())
            continue;
        const Result<EngineEvent> event = json::parseEvent(line);
        if (!event) {
            qCWarning(lcContainers) << "ignoring a malformed engine event:" << event.error();
            continue;
        }
        Q_EMIT eventReceived(*event);
        if (event->type != QLatin1String("container") || event->id.isEmpty() ||
            ignorable(event->action))
            continue;
        if (event->action == QLatin1String("destroy")) {
            m_dirty.remove(event->id);
            if (m_byId.contains(event->id)) {
                m_byId.remove(event->id);
                m_order.removeOne(event->id);
                ContainerDelta delta;
                delta.removed.append(event->id);
                Q_EMIT changed(delta);
            }
            continue;
        }
        m_dirty.insert(event->id);
        m_dirtyTimer.start();
    }
    m_eventBuffer.remove(0, start);
    if (m_eventBuffer.size() > 4 * 1024 * 1024)
        m_eventBuffer.clear(); // a line that never ends is not an event
}

void ContainerInventory::fetchDirty()
{
    if (m_dirty.isEmpty() || m_state != State::Ready)
        return;
    // A read in flight restarts the timer when it lands (both handlers do).
    if (m_listing || m_fetchingDirty)
        return;
    const QSet<QString> asked = std::exchange(m_dirty, {});
    m_fetchingDirty = true;
    const quint64 generation = m_generation;
    m_client->listContainers(true, {{QStringLiteral("id"), asked.values()}})
        .then(this, [this, asked, generation](const Result<QList<ContainerSummary>> &list) {
            if (generation != m_generation)
                return;
            m_fetchingDirty = false;
            if (!list) {
                fail(list.error());
                return;
            }
            applyPartial(asked, *list);
            if (!m_dirty.isEmpty())
                m_dirtyTimer.start();
        });
}

void ContainerInventory::refresh()
{
    if (m_listing)
        return;
    m_listing = true;
    const quint64 generation = m_generation;
    m_client->listContainers(true).then(
        this, [this, generation](const Result<QList<ContainerSummary>> &list) {
            if (generation != m_generation)
                return;
            m_listing = false;
            if (!list) {
                fail(list.error());
                return;
            }
            applyFull(*list);
            setState(State::Ready);
            if (!m_dirty.isEmpty())
                m_dirtyTimer.start();
        });
}

void ContainerInventory::applyFull(const QList<ContainerSummary> &list)
{
    ContainerDelta delta;
    QSet<QString> seen;
    seen.reserve(list.size());
    for (const ContainerSummary &c : list) {
        seen.insert(c.id);
        auto it = m_byId.find(c.id);
        if (it == m_byId.end()) {
            m_byId.insert(c.id, c);
            m_order.append(c.id);
            delta.added.append(c);
        } else if (!(*it == c)) {
            *it = c;
            delta.updated.append(c);
        }
    }
    for (auto it = m_order.begin(); it != m_order.end();) {
        if (!seen.contains(*it)) {
            delta.removed.append(*it);
            m_byId.remove(*it);
            it = m_order.erase(it);
        } else {
            ++it;
        }
    }
    if (!delta.isEmpty())
        Q_EMIT changed(delta);
}

void ContainerInventory::applyPartial(const QSet<QString> &asked,
                                      const QList<ContainerSummary> &list)
{
    ContainerDelta delta;
    QSet<QString> found;
    for (const ContainerSummary &c : list) {
        found.insert(c.id);
        // The id filter matches prefixes; keep only what was asked for.
        if (!asked.contains(c.id))
            continue;
        auto it = m_byId.find(c.id);
        if (it == m_byId.end()) {
            m_byId.insert(c.id, c);
            m_order.append(c.id);
            delta.added.append(c);
        } else if (!(*it == c)) {
            *it = c;
            delta.updated.append(c);
        }
    }
    for (const QString &id : asked) {
        if (!found.contains(id) && m_byId.remove(id)) {
            m_order.removeOne(id);
            delta.removed.append(id);
        }
    }
    if (!delta.isEmpty())
        Q_EMIT changed(delta);
}

QList<ContainerSummary> ContainerInventory::containers() const
{
    QList<ContainerSummary> out;
    out.reserve(m_order.size());
    for (const QString &id : m_order)
        out.append(m_byId.value(id));
    return out;
}

std::optional<ContainerSummary> ContainerInventory::container(const QString &id) const
{
    const auto it = m_byId.constFind(id);
    if (it == m_byId.cend())
        return std::nullopt;
    return *it;
}

} // namespace sloop::containers
