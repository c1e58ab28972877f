fn main() {
    println!("start");
}

#[cfg(test)]
