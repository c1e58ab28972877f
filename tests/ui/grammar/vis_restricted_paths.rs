// Visibility modifiers: pub, pub(crate), pub(super), pub(self), pub(in path).

pub mod engine {
    pub mod physics {
        pub(in crate::engine) fn gravity() -> f64 {
            9.81
        }

        pub(super) fn integrate(v: f64, dt: f64) -> f64 {
            v + gravity() * dt
        }

        pub(self) fn internal_epsilon() -> f64 {
            1e-9
        }

        pub(crate) fn is_resting(v: f64) -> bool {
            v.abs() < internal_epsilon()
        }

        pub mod units {
            pub(in crate::engine) const SCALE: f64 = 100.0;

            pub fn to_cm(m: f64) -> f64 {
                m * SCALE
            }
        }
    }

    pub struct Body {
        pub name: &'static str,
        pub(crate) velocity: f64,
        height: f64,
    }

    impl Body {
        pub fn drop_from(name: &'static str, height: f64) -> Body {
            Body { name, velocity: 0.0, height }
        }

        pub fn step(&mut self, dt: f64) -> bool {
            self.velocity = physics::integrate(self.velocity, dt);
            self.height -= self.velocity * dt;
            if self.height <= 0.0 {
                self.height = 0.0;
                return false;
            }
            true
        }

        pub fn height_cm(&self) -> f64 {
            physics::units::to_cm(self.height)
        }
    }

    pub fn describe_world() -> String {
        format!("g = {} m/s^2, scale {}", physics::gravity(), physics::units::SCALE)
    }
}

use engine::Body;

fn main() {
    println!("{}", engine::describe_world());
    let mut ball = Body::drop_from("ball", 20.0);
    println!("resting at start: {}", engine::physics::is_resting(ball.velocity));
    let mut t = 0;
    while ball.step(0.5) {
        t += 1;
        println!("t={} {} at {:.0} cm, v={:.2}", t, ball.name, ball.height_cm(), ball.velocity);
    }
    println!("{} landed after {} steps at {} cm", ball.name, t + 1, ball.height_cm());
    println!("1.5 m = {} cm", engine::physics::units::to_cm(1.5));
}
