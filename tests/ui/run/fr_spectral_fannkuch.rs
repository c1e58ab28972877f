fn a(i: usize, j: usize) -> f64 {
    1.0 / ((i + j) * (i + j + 1) / 2 + i + 1) as f64
}

fn mult_av(v: &[f64], out: &mut [f64]) {
    for (i, o) in out.iter_mut().enumerate() {
        *o = v.iter().enumerate().map(|(j, x)| a(i, j) * x).sum();
    }
}

fn mult_atv(v: &[f64], out: &mut [f64]) {
    for (i, o) in out.iter_mut().enumerate() {
        *o = v.iter().enumerate().map(|(j, x)| a(j, i) * x).sum();
    }
}

fn mult_atav(v: &[f64], out: &mut [f64], tmp: &mut [f64]) {
    mult_av(v, tmp);
    mult_atv(tmp, out);
}

fn spectral_norm(n: usize) -> f64 {
    let mut u = vec![1.0; n];
    let mut v = vec![0.0; n];
    let mut tmp = vec![0.0; n];
    for _ in 0..10 {
        mult_atav(&u, &mut v, &mut tmp);
        mult_atav(&v, &mut u, &mut tmp);
    }
    let vbv: f64 = u.iter().zip(&v).map(|(a, b)| a * b).sum();
    let vv: f64 = v.iter().map(|x| x * x).sum();
    (vbv / vv).sqrt()
}

fn fannkuch(n: usize) -> (i32, usize) {
    let mut perm: Vec<usize> = (0..n).collect();
    let mut count = vec![0usize; n];
    let mut max_flips = 0;
    let mut checksum: i32 = 0;
    let mut perm_count = 0usize;
    let mut r = n;
    loop {
        while r != 1 {
            count[r - 1] = r;
            r -= 1;
        }
        let mut p = perm.clone();
        let mut flips = 0;
        let mut k = p[0];
        while k != 0 {
            p[..=k].reverse();
            flips += 1;
            k = p[0];
        }
        max_flips = max_flips.max(flips);
        checksum += if perm_count % 2 == 0 { flips as i32 } else { -(flips as i32) };
        loop {
            if r == n {
                return (checksum, max_flips);
            }
            let p0 = perm[0];
            for i in 0..r {
                perm[i] = perm[i + 1];
            }
            perm[r] = p0;
            count[r] -= 1;
            if count[r] > 0 {
                break;
            }
            r += 1;
        }
        perm_count += 1;
    }
}

fn mandel_row(y: usize, size: usize) -> String {
    let ci = 2.0 * y as f64 / size as f64 - 1.0;
    (0..size)
        .map(|x| {
            let cr = 2.0 * x as f64 / size as f64 - 1.5;
            let (mut zr, mut zi) = (0.0f64, 0.0f64);
            let mut i = 0;
            while i < 50 && zr * zr + zi * zi <= 4.0 {
                let t = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = t;
                i += 1;
            }
            if i == 50 { '#' } else if i > 10 { '+' } else { '.' }
        })
        .collect()
}

fn main() {
    for n in [10, 50, 100] {
        println!("spectral norm {:>3}: {:.9}", n, spectral_norm(n));
    }
    for n in 3..=7 {
        let (c, m) = fannkuch(n);
        println!("{}\nPfannkuchen({}) = {}", c, n, m);
    }
    for y in (0..24).step_by(2) {
        println!("{}", mandel_row(y, 48));
    }
}
