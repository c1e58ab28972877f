// A match that forgets one variant of a user enum: E0004.
enum TrafficLight {
    Red,
    Yellow,
    Green,
}

fn seconds(light: &TrafficLight) -> u32 {
    match light {
        TrafficLight::Red => 30,
        TrafficLight::Green => 25,
    }
}

fn main() {
    println!("{}", seconds(&TrafficLight::Yellow));
}
