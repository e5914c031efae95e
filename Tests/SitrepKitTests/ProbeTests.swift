import Testing
@testable import SitrepKit
@Test func probe() { #expect(Probe.n == 8) }
