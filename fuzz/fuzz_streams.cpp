// Docker's multiplexed log/attach stream, chunked transfer coding and the
// line splitter, each fed the same bytes in pieces of any size.
#include "engine/streamdecoders.h"
#include "fuzzinput.h"
#include "http/chunkeddecoder.h"

using namespace sloop;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::bytes(data, size);
    engine::MultiplexDecoder mux;
    engine::LineSplitter lines;
    http::ChunkedDecoder::Limits limits;
    limits.maxBody = 1 << 20;
    http::ChunkedDecoder chunked(limits);
    QByteArray chunkedBuffer;
    QByteArray decoded;
    bool muxOk = true;
    bool chunkedOk = true;
    for (QByteArrayView piece : fuzz::pieces(input)) {
        QList<engine::StreamFrame> frames;
        if (muxOk)
            muxOk = mux.feed(piece, &frames);
        QList<QByteArray> split;
        lines.feed(piece, &split);
        if (chunkedOk && !chunked.done()) {
            chunkedBuffer += piece;
            chunkedOk = chunked.decode(&chunkedBuffer, &decoded);
            if (decoded.size() > (1 << 20))
                decoded.clear();
        }
    }
    return 0;
}
