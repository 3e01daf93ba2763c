// What the host sampler's script prints over SSH (/proc files between
// "@sloop" lines), as a hostile or broken host might.
#include "fuzzinput.h"
#include "metrics/hostframeparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = sloop::fuzz::bytes(data, size);
    sloop::metrics::HostFrameParser parser;
    for (QByteArrayView piece : sloop::fuzz::pieces(input)) {
        parser.feed(piece.toByteArray());
        parser.takeFrames();
    }
    parser.takeProblems();
    return 0;
}
