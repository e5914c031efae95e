@preconcurrency import CNcursesw
import SitrepUI

/// Curses key codes to the dashboard's keys.
enum KeyDecoding {
    static func functionKey(_ code: Int32) -> Key {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_BTAB: return .backTab
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_MOUSE: return mouse()
        default: return .unknown
        }
    }

    static func character(_ code: UInt32) -> Key {
        switch code {
        case 9: return .tab
        case 10, 13: return .enter
        case 27: return .escape
        case 127, 8: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(code + 96)!))
        default:
            guard let scalar = Unicode.Scalar(code) else { return .unknown }
            return .character(Character(scalar))
        }
    }

    private static func mouse() -> Key {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return .unknown }
        if sitrep_is_wheel_up(event.bstate) != 0 { return .mouseWheelUp }
        if sitrep_is_wheel_down(event.bstate) != 0 { return .mouseWheelDown }
        if sitrep_is_click(event.bstate) != 0 { return .mouseClick(x: Int(event.x), y: Int(event.y)) }
        return .unknown
    }
}
