use std::fs;
use std::io::Write;
fn main() -> std::io::Result<()> {
    let dir = std::env::temp_dir().join("ferric_fs_test");
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir)?;
    let p = dir.join("a.txt");
    let mut f = fs::File::create(&p)?;
    writeln!(f, "hello")?;
    f.write_all(b"world\n")?;
    drop(f);
    let s = fs::read_to_string(&p)?;
    print!("{}", s);
    println!("{}", fs::metadata(&p)?.len());
    let mut names: Vec<String> = fs::read_dir(&dir)?.map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    names.sort();
    println!("{:?}", names);
    fs::remove_file(&p)?;
    println!("{}", p.exists());
    Ok(())
}
