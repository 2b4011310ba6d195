import KashDashCore
import Testing
@testable import KashDashGame

@Suite struct DirectStartTests {
    @Test func startsALevelByID() {
        let (app, _) = makeApp()
        #expect(app.startLevel(id: "training-hard"))
        #expect(app.screenID == .play)
        #expect(app.simulation?.plan.info.id == "training-hard")
        #expect(!app.startLevel(id: "nope"))
    }
}
