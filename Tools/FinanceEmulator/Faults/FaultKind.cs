namespace DualWrite.FinanceEmulator.Faults;

public enum FaultKind
{
    /// <summary>Answers normally, after a delay.</summary>
    Latency,

    /// <summary>429 Too Many Requests with Retry-After, as Finance's priority-based throttling answers.</summary>
    Throttle,

    /// <summary>500, 502, 503 or 504 without Finance's explanation: an outage, worth a retry; a 503 says when in Retry-After.</summary>
    ServerError,

    /// <summary>The connection is closed without an answer.</summary>
    DropConnection,

    /// <summary>401 as for a token that has expired, whatever token was sent.</summary>
    ExpiredToken,

    /// <summary>Another client writes a row just before the request is answered; the request is then answered normally.</summary>
    ConcurrentWrite,
}
