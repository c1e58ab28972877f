// Inherent methods with every receiver form (self, &self, &mut self,
// self: Box<Self>), associated functions, method call vs UFCS, and
// auto-ref/auto-deref at call sites.

#[derive(Debug, Clone, Copy, PartialEq)]
struct Matrix2 {
    a: f64,
    b: f64,
    c: f64,
    d: f64,
}

impl Matrix2 {
    const IDENTITY: Matrix2 = Matrix2 { a: 1.0, b: 0.0, c: 0.0, d: 1.0 };

    fn new(a: f64, b: f64, c: f64, d: f64) -> Self {
        Self { a, b, c, d }
    }

    fn det(&self) -> f64 {
        self.a * self.d - self.b * self.c
    }

    fn mul(&self, o: &Matrix2) -> Matrix2 {
        Matrix2::new(
            self.a * o.a + self.b * o.c,
            self.a * o.b + self.b * o.d,
            self.c * o.a + self.d * o.c,
            self.c * o.b + self.d * o.d,
        )
    }

    fn scale(&mut self, k: f64) -> &mut Self {
        self.a *= k;
        self.b *= k;
        self.c *= k;
        self.d *= k;
        self
    }

    fn transpose(mut self) -> Self {
        std::mem::swap(&mut self.b, &mut self.c);
        self
    }

    fn inverse(self) -> Option<Matrix2> {
        let det = self.det();
        if det == 0.0 {
            return None;
        }
        Some(Matrix2::new(self.d / det, -self.b / det, -self.c / det, self.a / det))
    }

    fn describe(self: Box<Self>) -> String {
        format!("[[{} {}] [{} {}]]", self.a, self.b, self.c, self.d)
    }
}

fn main() {
    let m = Matrix2::new(2.0, 1.0, 4.0, 3.0);
    println!("det = {}", m.det());
    println!("det via UFCS = {}", Matrix2::det(&m));

    let inv = m.clone().inverse().unwrap();
    println!("inverse = {:?}", inv);
    let product = m.mul(&inv);
    println!("m * inv == I: {}", product == Matrix2::IDENTITY);

    let mut s = Matrix2::IDENTITY;
    s.scale(2.0).scale(1.5);
    println!("scaled = {:?}", s);

    let t = Matrix2::new(1.0, 2.0, 3.0, 4.0).transpose();
    println!("transposed = {:?}", t);

    let singular = Matrix2::new(1.0, 2.0, 2.0, 4.0);
    println!("singular inverse = {:?}", singular.inverse());

    let boxed = Box::new(Matrix2::new(5.0, 6.0, 7.0, 8.0));
    println!("boxed det {} describe {}", boxed.det(), boxed.clone().describe());

    let r = &&m;
    println!("auto-deref through &&: {}", r.det());

    let rotations = [Matrix2::new(0.0, -1.0, 1.0, 0.0); 4];
    let full_turn = rotations.iter().fold(Matrix2::IDENTITY, |acc, r| acc.mul(r));
    println!("four quarter turns = identity: {}", full_turn == Matrix2::IDENTITY);
}
