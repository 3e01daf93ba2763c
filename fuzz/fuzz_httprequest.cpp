// Requests as clients send them to Sloop's HTTP servers (the AWS endpoint,
// the gateway), pipelined, in pieces of any size.
#include "fuzzinput.h"
#include "http/httprequestparser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = sloop::fuzz::bytes(data, size);
    sloop::http::HttpRequestLimits limits;
    limits.maxBodyBytes = 1 << 20;
    sloop::http::HttpRequestParser parser(limits);
    for (QByteArrayView piece : sloop::fuzz::pieces(input)) {
        if (!parser.feed(piece))
            break;
        parser.takeContinueRequest();
        while (parser.done()) {
            (void)parser.head().target;
            parser.next();
        }
    }
    return 0;
}
