// enum_variant_names: variants repeating the enum's name, or all sharing a prefix or
// postfix (three variants or more, private enums).

#[derive(Debug)]
enum Color {
    RedColor,
    GreenColor,
    BlueColor,
}

#[derive(Debug)]
enum Event {
    KeyPressed,
    MousePressed,
    TouchPressed,
}

#[derive(Debug)]
enum Answer {
    NotYes,
    NotNo,
    NotSure,
}

// Near misses: two variants, a one-word variant, a public enum.
#[derive(Debug)]
enum Shape {
    ShapeCircle,
    Square,
}

#[derive(Debug)]
enum Mixed {
    BigRed,
    SmallRed,
    Red,
}

#[derive(Debug)]
pub enum Level {
    LowLevel,
    MidLevel,
    HighLevel,
}

fn main() {
    println!("{:?} {:?} {:?}", Color::RedColor, Color::GreenColor, Color::BlueColor);
    println!("{:?} {:?} {:?}", Event::KeyPressed, Event::MousePressed, Event::TouchPressed);
    println!("{:?} {:?} {:?}", Answer::NotYes, Answer::NotNo, Answer::NotSure);
    println!("{:?} {:?} {:?} {:?} {:?}", Shape::ShapeCircle, Shape::Square, Mixed::BigRed, Mixed::SmallRed, Mixed::Red);
    println!("{:?} {:?} {:?}", Level::LowLevel, Level::MidLevel, Level::HighLevel);
}
