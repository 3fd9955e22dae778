/// Order statistics without a full sort: the bootstrap needs only two percentiles of its
/// resampled means, and selection is O(n) and, unlike the generic `sort()`, fast in debug builds.
enum OrderStatistic: Sendable {
    /// The `percent`-th percentile (0...100) of `values` with NumPy's linear interpolation, reordering
    /// `values` in place; same result as `Descriptive.percentile(sorted:_:)` on the sorted values.
    static func percentile(_ values: UnsafeMutableBufferPointer<Double>, _ percent: Double) -> Double {
        let count = values.count
        guard count > 1 else { return count == 1 ? values[0] : .nan }
        let index = Double(count - 1) * (percent / 100)
        let below = min(Int(index.rounded(.down)), count - 1)
        let a = select(below, in: values)
        var b = a
        if below + 1 < count {
            // After selection everything right of `below` is >= a; the next order statistic is their minimum.
            b = values[below + 1]
            var position = below + 2
            while position < count {
                if values[position] < b { b = values[position] }
                position += 1
            }
        }
        return Descriptive.interpolate(a, b, weight: index - Double(below))
    }

    /// Places the k-th smallest value at index k (smaller before, larger or equal after) and returns
    /// it: quickselect with a median-of-three pivot and three-way partitioning, which stays linear
    /// when many values are tied (bootstrap means of pass/fail data are).
    static func select(_ k: Int, in values: UnsafeMutableBufferPointer<Double>) -> Double {
        var low = 0
        var high = values.count - 1
        while low < high {
            let middle = low + (high - low) / 2
            let x = values[low], y = values[middle], z = values[high]
            let pivot = max(min(x, y), min(max(x, y), z))
            // Partition into [< pivot][== pivot][> pivot] (Dijkstra's three-way partition).
            var lessEnd = low
            var scan = low
            var greaterStart = high
            while scan <= greaterStart {
                let value = values[scan]
                if value < pivot {
                    values.swapAt(lessEnd, scan)
                    lessEnd += 1
                    scan += 1
                } else if value > pivot {
                    values.swapAt(scan, greaterStart)
                    greaterStart -= 1
                } else {
                    scan += 1
                }
            }
            if k < lessEnd {
                high = lessEnd - 1
            } else if k > greaterStart {
                low = greaterStart + 1
            } else {
                return pivot
            }
        }
        return values[k]
    }
}
