// The engine's HTTP responses (Content-Length, chunked, until-close,
// upgrades), in pieces of any size.
#include "fuzzinput.h"
#include "http/httpresponseparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = sloop::fuzz::bytes(data, size);
    sloop::http::HttpResponseParser parser(!input.isEmpty() && (input.at(0) & 0x80));
    QByteArray body;
    for (QByteArrayView piece : sloop::fuzz::pieces(input)) {
        if (!parser.feed(piece, &body))
            break;
        if (body.size() > (1 << 20))
            body.clear();
    }
    if (!parser.failed() && !parser.done())
        parser.finishAtEof();
    return 0;
}
