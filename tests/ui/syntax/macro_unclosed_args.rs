fn main() {
    let user = "root";
    let uid = 0;
    println!("{} has uid {}", user, uid;
}
