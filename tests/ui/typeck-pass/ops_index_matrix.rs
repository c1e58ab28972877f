// Index and IndexMut with tuple indices, Mul for matrices, Display for a grid.
use std::fmt;
use std::ops::{Index, IndexMut, Mul};

#[derive(Clone, PartialEq, Debug)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<i64>,
}

impl Matrix {
    fn zeros(rows: usize, cols: usize) -> Self {
        Matrix { rows, cols, data: vec![0; rows * cols] }
    }

    fn identity(n: usize) -> Self {
        let mut m = Matrix::zeros(n, n);
        for i in 0..n {
            m[(i, i)] = 1;
        }
        m
    }

    fn from_rows(rows: &[&[i64]]) -> Self {
        let mut m = Matrix::zeros(rows.len(), rows[0].len());
        for (r, row) in rows.iter().enumerate() {
            for (c, &v) in row.iter().enumerate() {
                m[(r, c)] = v;
            }
        }
        m
    }
}

impl Index<(usize, usize)> for Matrix {
    type Output = i64;
    fn index(&self, (r, c): (usize, usize)) -> &i64 {
        &self.data[r * self.cols + c]
    }
}

impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i64 {
        &mut self.data[r * self.cols + c]
    }
}

impl<'a> Mul<&'a Matrix> for &'a Matrix {
    type Output = Matrix;
    fn mul(self, rhs: &Matrix) -> Matrix {
        let mut out = Matrix::zeros(self.rows, rhs.cols);
        for i in 0..self.rows {
            for j in 0..rhs.cols {
                out[(i, j)] = (0..self.cols).map(|k| self[(i, k)] * rhs[(k, j)]).sum();
            }
        }
        out
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:>3}", self[(r, c)])).collect();
            writeln!(f, "[{}]", row.join(" "))?;
        }
        Ok(())
    }
}

struct Histogram {
    buckets: [u32; 5],
}

impl Index<u8> for Histogram {
    type Output = u32;
    fn index(&self, score: u8) -> &u32 {
        &self.buckets[(score as usize / 20).min(4)]
    }
}

fn main() {
    let a = Matrix::from_rows(&[&[1, 2], &[3, 4]]);
    let b = Matrix::from_rows(&[&[0, 1], &[1, 0]]);
    print!("{}", &a * &b);
    let i = Matrix::identity(2);
    println!("{}", &a * &i == a);
    let mut m = Matrix::zeros(2, 3);
    m[(1, 2)] += 7;
    m[(0, 0)] -= 1;
    print!("{}", m);
    let h = Histogram { buckets: [1, 4, 9, 2, 5] };
    println!("{} {} {}", h[10], h[55], h[100]);
}
