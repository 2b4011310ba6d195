import KashDashCore
import KashDashGame
import Testing

@Suite struct DrawListTests {
    @Test func buildsCommandsInOrder() {
        var list = DrawList()
        list.clear(.white)
        list.fillRect(Rect(x: 10, y: 20, width: 30, height: 40), Color(hex: 0x336699), cornerRadius: 8)
        list.sprite(
            SpriteCommand(name: "dog-kash", frame: 2, frameCount: 4, dest: Rect(x: 0, y: 0, width: 160, height: 128)))
        list.text(TextCommand("Hello", box: .screen, size: 32, color: .black))
        #expect(list.commands.count == 4)
        #expect(list.texts == ["Hello"])
        #expect(list.imageNames == ["dog-kash"])
        #expect(Color(hex: 0x336699) == Color(r: 0x33, g: 0x66, b: 0x99))
    }

    @Test func titleFrameHasText() {
        let app = GameApp(content: .builtIn, store: MemoryProgressStore())
        #expect(app.draw(alpha: 0).containsText("Press SPACE or tap to start"))
    }
}
