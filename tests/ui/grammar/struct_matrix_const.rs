// A fixed-size matrix type using const generics with Mul and Display.
use std::fmt;
use std::ops::Mul;

#[derive(Clone, Copy, PartialEq, Debug)]
struct Matrix<const R: usize, const C: usize> {
    cells: [[i64; C]; R],
}

impl<const R: usize, const C: usize> Matrix<R, C> {
    const ROWS: usize = R;
    const COLS: usize = C;

    fn zero() -> Self {
        Matrix { cells: [[0; C]; R] }
    }

    fn from_rows(cells: [[i64; C]; R]) -> Self {
        Matrix { cells }
    }

    fn transpose(&self) -> Matrix<C, R> {
        let mut out = Matrix::<C, R>::zero();
        for r in 0..R {
            for c in 0..C {
                out.cells[c][r] = self.cells[r][c];
            }
        }
        out
    }
}

impl<const N: usize> Matrix<N, N> {
    fn identity() -> Self {
        let mut m = Self::zero();
        for i in 0..N {
            m.cells[i][i] = 1;
        }
        m
    }

    fn trace(&self) -> i64 {
        (0..N).map(|i| self.cells[i][i]).sum()
    }
}

impl<const R: usize, const K: usize, const C: usize> Mul<Matrix<K, C>> for Matrix<R, K> {
    type Output = Matrix<R, C>;

    fn mul(self, rhs: Matrix<K, C>) -> Matrix<R, C> {
        let mut out = Matrix::<R, C>::zero();
        for r in 0..R {
            for c in 0..C {
                out.cells[r][c] = (0..K).map(|k| self.cells[r][k] * rhs.cells[k][c]).sum();
            }
        }
        out
    }
}

impl<const R: usize, const C: usize> fmt::Display for Matrix<R, C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for row in &self.cells {
            let parts: Vec<String> = row.iter().map(|v| format!("{:>4}", v)).collect();
            writeln!(f, "[{}]", parts.join(""))?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::from_rows([[1, 2, 3], [4, 5, 6]]);
    let b = a.transpose();
    println!("A is {}x{}:\n{}", Matrix::<2, 3>::ROWS, Matrix::<2, 3>::COLS, a);
    println!("A^T:\n{}", b);
    let p = a * b;
    println!("A*A^T:\n{}", p);
    println!("trace = {}", p.trace());
    let i3 = Matrix::<3, 3>::identity();
    println!("A * I == A: {}", a * i3 == a);
    let q = b * a;
    println!("A^T*A trace = {}", q.trace());
}
