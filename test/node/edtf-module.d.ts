declare module 'edtf';
