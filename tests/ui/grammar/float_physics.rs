// A numeric simulation with f32 and f64: projectile with drag (Euler steps),
// Newton's method for square roots, numeric integration and compound interest.

fn newton_sqrt(x: f64) -> (f64, u32) {
    let mut guess = x / 2.0;
    let mut iters = 0;
    loop {
        let next = 0.5 * (guess + x / guess);
        iters += 1;
        if (next - guess).abs() < 1e-12 || iters > 50 {
            return (next, iters);
        }
        guess = next;
    }
}

fn integrate<F: Fn(f64) -> f64>(f: F, a: f64, b: f64, n: u32) -> f64 {
    let h = (b - a) / n as f64;
    let mut sum = 0.5 * (f(a) + f(b));
    for i in 1..n {
        sum += f(a + i as f64 * h);
    }
    sum * h
}

fn main() {
    // projectile with linear drag, f32 state
    let (mut x, mut y) = (0.0f32, 0.0f32);
    let (mut vx, mut vy) = (20.0f32, 20.0f32);
    let (g, k, dt) = (9.81f32, 0.1f32, 0.05f32);
    let mut t = 0.0f32;
    let mut max_y = 0.0f32;
    while y >= 0.0 {
        vx -= k * vx * dt;
        vy -= (g + k * vy) * dt;
        x += vx * dt;
        y += vy * dt;
        t += dt;
        max_y = max_y.max(y);
    }
    println!("landed after {:.2}s at x = {:.3}, apex {:.3}", t, x, max_y);

    for v in [2.0, 10.0, 1e6, 0.25] {
        let (r, it) = newton_sqrt(v);
        println!("sqrt({}) ~ {:.12} in {} iterations (std: {:.12})", v, r, it, v.sqrt());
    }

    let area = integrate(|x| x * x, 0.0, 3.0, 1000);
    println!("integral of x^2 on [0,3] ~ {:.6}", area);
    let pi_est = integrate(|x| 4.0 / (1.0 + x * x), 0.0, 1.0, 100);
    println!("pi estimate {:.8} error {:.2e}", pi_est, (pi_est - std::f64::consts::PI).abs());

    let principal = 1000.0f64;
    for (label, periods) in [("yearly", 1.0f64), ("monthly", 12.0), ("daily", 365.0)] {
        let amount = principal * (1.0 + 0.05 / periods).powf(periods * 10.0);
        println!("{:<8} {:.2}", label, amount);
    }
    println!("continuous {:.2}", principal * (0.05f64 * 10.0).exp());

    // celsius/fahrenheit table with mixed literals
    for c in (-40..=100).step_by(35) {
        let c = c as f64;
        let f = c * 9. / 5. + 32.;
        println!("{:>6.1}C = {:>6.1}F", c, f);
    }
    let mean = [1.5e2, 2.5E2, 3e2, 1.0e3f64].iter().sum::<f64>() / 4.0;
    println!("mean {}", mean);
}
