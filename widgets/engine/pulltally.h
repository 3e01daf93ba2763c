#pragma once

#include "engine/dockertypes.h"

#include <QHash>

namespace sloop::widgets {

// Adds up a pull's per-layer progress into one figure. The engine reports
// each layer's download (current/total), then its extraction with a second
// current/total; counting both would make the bar run to the end twice, so a
// layer counts as whole once its download is done.
class PullTally
{
public:
    void add(const engine::PullProgress &progress);
    qint64 current() const;
    qint64 total() const;
    bool totalsKnown() const { return total() > 0; }
    int layers() const { return int(m_layers.size()); }
    int layersDone() const;

private:
    struct Layer
    {
        qint64 current = 0;
        qint64 total = 0;
        bool done = false;
    };
    QHash<QString, Layer> m_layers;
};

} // namespace sloop::widgets
