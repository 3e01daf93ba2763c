#pragma once

#include <QtGlobal>

#include <algorithm>

namespace sloop::gateway {

// API Gateway's throttle: a bucket of `burst` tokens, refilled at `rate`
// a second, full at first; each request takes one or is throttled.
class TokenBucket
{
public:
    TokenBucket() = default;
    TokenBucket(double rate, int burst, qint64 nowMs)
        : m_rate(rate)
        , m_burst(burst)
        , m_tokens(burst)
        , m_lastMs(nowMs)
    {
    }
    bool take(qint64 nowMs)
    {
        if (nowMs > m_lastMs) {
            m_tokens =
                std::min<double>(m_burst, m_tokens + m_rate * double(nowMs - m_lastMs) / 1000.0);
            m_lastMs = nowMs;
        }
        if (m_tokens < 1.0)
            return false;
        m_tokens -= 1.0;
        return true;
    }
    bool sameLimits(double rate, int burst) const { return rate == m_rate && burst == m_burst; }

private:
    double m_rate = 0;
    int m_burst = 0;
    double m_tokens = 0;
    qint64 m_lastMs = 0;
};

} // namespace sloop::gateway
