import CMemory
import Testing

@Suite("Memory release")
struct MemoryReleaseTests {
    /// Small blocks freed on another thread stay in that thread's arena until released; the call
    /// must hand them back (glibc reports 1 when it released memory).
    @Test func freedMemoryIsReturnedToTheSystem() async {
        await Task.detached {
            var blocks: [[UInt8]] = []
            for index in 0..<10_000 {
                blocks.append([UInt8](repeating: UInt8(truncatingIfNeeded: index), count: 4_000))
            }
            blocks.removeAll()
        }.value
        #if os(Linux)
        #expect(pg_release_free_memory() == 1)
        #else
        #expect(pg_release_free_memory() == 0)
        #endif
    }
}
