extension RunSnapshot {
    /// The run's aggregate metrics, computed once per loaded snapshot: the gate, the reports and
    /// the trend all read them.
    public var metrics: RunMetrics { derived.value { RunMetrics(self) } }
}
