import Foundation
import PlanCore

/// Where a decoder takes its events from: a reader on this thread or one reading ahead.
protocol XMLEventSource: AnyObject {
    /// The next start tag, text run or end tag; `.finished` from the end on.
    func next() -> XMLEvent
    /// Everything libxml2 and the reader have reported so far.
    var diagnostics: [PlanDiagnostic] { get }
}

extension XMLEventSource {
    /// The document's root element: the first start tag, or `nil` when there is none.
    func rootElement() -> StartTag? {
        while true {
            switch next() {
            case .start(let tag): return tag
            case .text: continue
            case .end, .finished: return nil
            }
        }
    }

    /// Reads to the end of the document.
    func drain() {
        while case let event = next(), !(event.isFinished) {}
    }
}

extension XMLPullReader: XMLEventSource {}

/// Runs an ``XMLPullReader`` on a second thread, so that libxml2's parsing and schema
/// validation and the decoding of what it found use both cores (issue 12).
///
/// The reader thread hands events over in batches through a bounded queue, so memory stays
/// flat however large the document, and a lock is taken once a batch, not once an event.
/// The reader is used by that thread alone until ``finish()`` has waited for it to stop;
/// only then may the caller look at the reader again (its diagnostics, its validity) or free
/// it. Events, diagnostics and their order are exactly those of reading on one thread.
final class ReadAheadEvents: XMLEventSource {
    private let channel = EventChannel()
    private let reader: XMLPullReader
    private var batch: [XMLEvent] = []
    private var position = 0
    private var ended = false
    private var finished = false

    /// Starts reading `reader` on a new thread.
    init(reading reader: XMLPullReader) {
        self.reader = reader
        let work = ReaderThreadWork(reader: reader, channel: channel)
        let thread = Thread { work.run() }
        // libxml2's schema validation recurses with the document's depth (at most 64 levels
        // by ReadLimits); give it the main thread's usual stack all the same.
        thread.stackSize = 8 << 20
        thread.start()
    }

    func next() -> XMLEvent {
        while position == batch.count {
            guard !ended, let more = channel.take() else {
                ended = true
                return .finished
            }
            batch = more
            position = 0
        }
        let event = batch[position]
        if event.isFinished { ended = true } else { position += 1 }
        return event
    }

    /// What the reader reported so far. Asked for before the end (when a document has no
    /// root), it keeps the events still to come and waits for the reader thread to stop.
    var diagnostics: [PlanDiagnostic] {
        if !ended {
            while let more = channel.take() { batch.append(contentsOf: more) }
        }
        finish()
        return reader.diagnostics
    }

    /// Whether libxml2 found the document valid against the schema; waits for the reader.
    var isValid: Bool {
        finish()
        return reader.isValid
    }

    /// Stops the reader thread (when the events are no longer wanted) and waits until it has
    /// let go of the reader. Idempotent.
    func finish() {
        guard !finished else { return }
        finished = true
        channel.cancel()
        channel.waitUntilClosed()
    }

    deinit { finish() }
}

/// The reader thread's loop, holding what it shares with the decoding thread.
private final class ReaderThreadWork: @unchecked Sendable {
    // @unchecked: the reader is used only by the reader thread until the channel is closed,
    // and by the decoding thread only after ``EventChannel/waitUntilClosed()``; the
    // channel's lock orders the two.
    let reader: XMLPullReader
    let channel: EventChannel
    static let batchSize = 512

    init(reader: XMLPullReader, channel: EventChannel) {
        self.reader = reader
        self.channel = channel
    }

    func run() {
        reader.routingErrorsOnThisThread {
            var batch: [XMLEvent] = []
            batch.reserveCapacity(Self.batchSize)
            while true {
                let event = reader.next()
                batch.append(event)
                if event.isFinished || batch.count == Self.batchSize {
                    guard channel.put(batch), !event.isFinished else { break }
                    batch = []
                    batch.reserveCapacity(Self.batchSize)
                }
            }
        }
        channel.close()
    }
}

/// A bounded queue of event batches between one reader thread and one decoding thread.
private final class EventChannel: @unchecked Sendable {
    // @unchecked: every stored property is read and written only with `condition` locked.
    private let condition = NSCondition()
    private var queue: [[XMLEvent]] = []
    private var head = 0
    private var closed = false
    private var cancelled = false
    private static let capacity = 8

    /// Queues a batch, waiting while the queue is full; `false` once the consumer is gone.
    func put(_ batch: [XMLEvent]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while queue.count - head >= Self.capacity && !cancelled { condition.wait() }
        if cancelled { return false }
        queue.append(batch)
        condition.broadcast()
        return true
    }

    /// The next batch, waiting for one; `nil` once the reader has stopped and all are taken.
    func take() -> [XMLEvent]? {
        condition.lock()
        defer { condition.unlock() }
        while head == queue.count && !closed { condition.wait() }
        guard head < queue.count else { return nil }
        let batch = queue[head]
        head += 1
        if head == queue.count {
            queue.removeAll(keepingCapacity: true)
            head = 0
        }
        condition.broadcast()
        return batch
    }

    /// Called by the reader thread when it will touch the reader no more.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// Tells the reader thread to stop at its next batch.
    func cancel() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        condition.unlock()
    }

    func waitUntilClosed() {
        condition.lock()
        while !closed { condition.wait() }
        condition.unlock()
    }
}
