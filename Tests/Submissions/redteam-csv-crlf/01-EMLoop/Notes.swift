// The file beside this one is the attack: its name holds CR LF and a classmate's name.
// This one only makes the chapter a handed-in one; the rest of it is the skeleton.
