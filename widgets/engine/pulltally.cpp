#include "pulltally.h"

namespace sloop::widgets {

void PullTally::add(const engine::PullProgress &p)
{
    // Lines without a layer id ("Pulling from ...", "Digest: ...") carry no
    // layer progress.
    if (p.id.isEmpty() || p.status.startsWith(QLatin1String("Pulling from")))
        return;
    Layer &layer = m_layers[p.id];
    if (p.status == QLatin1String("Downloading")) {
        layer.total = qMax(layer.total, p.total);
        layer.current = qMin(p.current, layer.total > 0 ? layer.total : p.current);
        return;
    }
    if (p.status == QLatin1String("Download complete") ||
        p.status == QLatin1String("Verifying Checksum") ||
        p.status.startsWith(QLatin1String("Extracting")) ||
        p.status == QLatin1String("Pull complete") || p.status == QLatin1String("Already exists")) {
        layer.current = layer.total;
        layer.done = true;
    }
}

qint64 PullTally::current() const
{
    qint64 sum = 0;
    for (const Layer &layer : m_layers)
        sum += layer.current;
    return sum;
}

qint64 PullTally::total() const
{
    qint64 sum = 0;
    for (const Layer &layer : m_layers)
        sum += layer.total;
    return sum;
}

int PullTally::layersDone() const
{
    int done = 0;
    for (const Layer &layer : m_layers)
        done += layer.done ? 1 : 0;
    return done;
}

} // namespace sloop::widgets
