import KashDashContract
import Testing

@Suite struct ClientEventTests {
    @Test func everyKindSaysWhichIDsItNeeds() {
        for kind in EventKind.allCases {
            let needs = kind.requires
            let count = [needs.link, needs.level, needs.message].filter { $0 }.count
            #expect(count <= 1, "\(kind) needs one id at most")
        }
        #expect(EventKind.clientKinds.allSatisfy { $0.isClientKind })
        #expect(!EventKind.adviceClick.isClientKind, "clicks are counted by the server's redirect, never sent")
        #expect(!EventKind.download.isClientKind)
    }

    @Test func fieldNamesAreTheServersAPI() {
        #expect(BatchField.allCases.map(\.rawValue) == ["batch_id", "source", "app_version", "events"])
        #expect(
            EventField.allCases.map(\.rawValue) == ["kind", "day", "source", "app_version", "level", "link", "message"])
        #expect(EventsEndpoint.path == "/api/v1/events")
    }
}
